namespace KnowledgeGraph.Worker.Cli;

/// <summary>The command line is wrong; the message says how, in one line.</summary>
internal sealed class UsageException(string message) : Exception(message);
