namespace LayerGen.Package.Tests.Infrastructure;

/// <summary>Exit code and combined output of one <c>dotnet</c> command.</summary>
internal sealed record DotNetResult(string CommandLine, int ExitCode, string Output)
{
    /// <summary>Text for an assertion message: the command, its exit code and its output.</summary>
    public override string ToString() => $"> dotnet {CommandLine}\n(exit code {ExitCode})\n{Output}";

    /// <summary>Throws with the full output when the command failed.</summary>
    public DotNetResult EnsureSuccess()
    {
        if (ExitCode != 0)
        {
            throw new InvalidOperationException("Command failed:\n" + this);
        }

        return this;
    }
}
