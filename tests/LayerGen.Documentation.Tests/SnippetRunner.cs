using System.Reflection;
using System.Runtime.Loader;

namespace LayerGen.Documentation.Tests;

/// <summary>
/// Runs a compiled snippet's entry point in a collectible load context, in a temp working folder (deleted afterwards,
/// with whatever the snippet wrote), with its console output captured.
/// </summary>
internal static class SnippetRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Runs the program and returns its console output; throws what the program threw.</summary>
    public static string Run(byte[] assembly)
    {
        var context = new AssemblyLoadContext("docs-snippet", isCollectible: true);
        string folder = Directory.CreateTempSubdirectory("layergen-docs-snippet-").FullName;
        string previousDirectory = Environment.CurrentDirectory;
        TextWriter previousOut = Console.Out;
        var output = new StringWriter();
        try
        {
            // LayerGen and LayerGen.Onnx resolve from the test's own (default) context.
            MethodInfo entry = context.LoadFromStream(new MemoryStream(assembly)).EntryPoint
                ?? throw new InvalidOperationException("The snippet has no entry point.");
            Environment.CurrentDirectory = folder;
            Console.SetOut(output);
            object?[] arguments = entry.GetParameters().Length == 0 ? [] : [Array.Empty<string>()];
            var run = Task.Run(() => entry.Invoke(null, arguments));
            if (!run.Wait(Timeout))
            {
                throw new TimeoutException($"The snippet did not finish within {Timeout.TotalMinutes} minutes.");
            }

            if (run.Result is int exitCode && exitCode != 0)
            {
                throw new InvalidOperationException($"The snippet returned exit code {exitCode}.");
            }

            return output.ToString();
        }
        finally
        {
            Console.SetOut(previousOut);
            Environment.CurrentDirectory = previousDirectory;
            context.Unload();
            Directory.Delete(folder, recursive: true);
        }
    }
}
