extern alias analyzers;

using analyzers::LayerGen.Analyzers.Usage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace LayerGen.Generator.Tests.Infrastructure;

/// <summary>Runs <see cref="LayerUsageAnalyzer"/> through Microsoft.CodeAnalysis.Testing against .NET 10 and the LayerGen runtime.</summary>
internal static class VerifyUsage
{
    /// <summary>Asserts exactly the diagnostics marked in <paramref name="source"/> (<c>{|LG1001:…|}</c>) plus <paramref name="expected"/>.</summary>
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<LayerUsageAnalyzer, DefaultVerifier>
        {
            TestCode = "using LayerGen;\n" + source,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Softmax).Assembly.Location));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>A diagnostic with the given ID at markup location <c>{|#index:…|}</c>.</summary>
    public static DiagnosticResult Diagnostic(string id, int location) =>
        new DiagnosticResult(id, DiagnosticSeverity.Error).WithLocation(location);
}
