using System.Text;
using KnowledgeGraph.Worker.Hosting;
using Serilog;

Console.OutputEncoding = Encoding.UTF8;
Log.Logger = new LoggerConfiguration().WriteTo.Console(standardErrorFromLevel: Serilog.Events.LogEventLevel.Verbose).CreateBootstrapLogger();
try
{
    return await WorkerApp.RunAsync(args);
}
catch (Exception ex)
{
    Log.Fatal(ex, "The worker stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}
