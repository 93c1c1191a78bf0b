using Serilog.Core;
using Serilog.Events;

namespace KnowledgeGraph.Worker.Hosting;

/// <summary>
/// The console sink's level switch (declared as <c>$console</c> in appsettings.json), so a live progress bar can
/// quiet the console while the rolling file keeps every line.
/// </summary>
internal sealed class ConsoleLogLevel
{
    public const string SwitchName = "$console";

    public LoggingLevelSwitch? Switch { get; set; }

    /// <summary>Lets only warnings and errors through to the console until the returned scope ends.</summary>
    public IDisposable Quiet()
    {
        if (Switch is not { } s)
        {
            return new Restore(null, default);
        }

        var before = s.MinimumLevel;
        if (before < LogEventLevel.Warning)
        {
            s.MinimumLevel = LogEventLevel.Warning;
        }

        return new Restore(s, before);
    }

    private sealed class Restore(LoggingLevelSwitch? s, LogEventLevel level) : IDisposable
    {
        public void Dispose()
        {
            if (s is not null)
            {
                s.MinimumLevel = level;
            }
        }
    }
}
