using System.Globalization;

namespace KnowledgeGraph.Bench;

/// <summary>
/// CPU time a local process (the Neo4j server, <c>--server-pid</c>) has used, from <c>/proc/PID/stat</c> (Linux).
/// On a machine shared with other builds the wall clock swings several-fold from run to run; the server's CPU
/// seconds for the same work swing much less, so they compare two ways of loading more reliably.
/// </summary>
internal sealed class ServerCpu(int pid)
{
    // USER_HZ: 100 on every Linux this runs on.
    private const double TicksPerSecond = 100;

    public double Seconds()
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after the command (which may hold spaces) start after the last ')'; utime and stime are fields 14 and 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }
}
