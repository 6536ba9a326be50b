extern alias analyzers;

using System.Collections.Immutable;
using analyzers::LayerGen.Analyzers.Usage;
using LayerGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>The analyzer never throws (no AD0001) on broken or odd ForwardRow declarations.</summary>
public class AnalyzerRobustnessTests
{
    public static TheoryData<string> Snippets() =>
    [
        .. LoweringModelTests.Broken,
        "static void ForwardRow(ReadOnlySpan<double> x) { }",
        "static int ForwardRow(ReadOnlySpan<double> x, Span<double> y) => 0;",
        "static void ForwardRow<T>(ReadOnlySpan<T> x, Span<T> y) { }",
        "void ForwardRow(ReadOnlySpan<double> x, Span<double> y, ReadOnlySpan<double> unmarked) { y[0] = x[0]; }",
        "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y) { }\nstatic void ForwardRow(ReadOnlySpan<float> x, Span<float> y) { }",
        "static extern void ForwardRow(ReadOnlySpan<double> x, Span<double> y);",
        "static partial void ForwardRow(ReadOnlySpan<double> x, Span<double> y);",
    ];

    [Theory]
    [MemberData(nameof(Snippets))]
    public async Task Analyzer_does_not_throw(string members)
    {
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation("using System;\nusing LayerGen;\n[DifferentiableLayer(4)]\npublic partial class Custom\n{\n" + members + "\n}\n");
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers([new DifferentiableLayerAnalyzer()], options)
            .GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
