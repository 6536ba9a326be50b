extern alias analyzers;

using System.Collections.Immutable;
using analyzers::LayerGen.Analyzers.Usage;
using LayerGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LayerGen.Generator.Tests;

/// <summary>
/// The generator and the analyzer share one validation: a class is generated exactly when the analyzer, run on the
/// compilation that includes the generated code, reports no LG1xxx error for it.
/// </summary>
public class ValidityAgreementTests
{
    public static TheoryData<string> Declarations() =>
    [
        "[Softmax(10)] public partial class Valid;",
        "[Affine(4, 5), Relu, Affine(5, 3), SoftmaxWithLoss] public partial class ValidNet;",
        "[Affine(4, 3), SoftmaxWithLoss] public partial class BaseNet;\n[Affine(4, 3), SoftmaxWithLoss] public partial class DerivedNet : BaseNet;",
        "[Relu] public partial class BaseLayer;\n[Softmax(3)] public partial class DerivedLayer : BaseLayer;",
        "public class PlainBase { public void Train() { } }\n[Affine(2, 2), SoftmaxWithLoss] public partial class FromPlainBase : PlainBase;",
        "public class StepBase { public void Step(float rate) { } }\n[Affine(2, 2), SoftmaxWithLoss] public partial class FromStepBase : StepBase;",
        "file partial class Holder { [Softmax(3)] public partial class InFile; }",
        "[Softmax(0)] public partial class Zero;",
        "[Softmax(int.MaxValue)] public partial class Huge;",
        "[Affine(4, 0), Relu, Affine(5, 3), SoftmaxWithLoss] public partial class FollowOn;",
        "[LayerOptions(Seed = 1)] public partial class OptionsOnly;",
        "[LayerOptions(Kernel = (SoftmaxKernel)9)] [Softmax(3)] public partial class BadKernel;",
        "[Softmax(10)] public partial class Forward;",
        "[Affine(2, 2), SoftmaxWithLoss] public partial class HasLoss { public void Loss() { } }",
    ];

    [Theory]
    [MemberData(nameof(Declarations))]
    public async Task Generator_emits_a_class_exactly_when_the_analyzer_reports_nothing_for_it(string declarations)
    {
        GeneratorResult result = GeneratorRunner.Run("using LayerGen;\nnamespace Agreement;\n" + declarations + "\n");
        ImmutableArray<Diagnostic> analyzer = await result.Output.WithAnalyzers([new LayerUsageAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(analyzer, d => d.Id == "AD0001");

        foreach (INamedTypeSymbol type in LayerClassesOf(result.Output))
        {
            bool generated = result.Sources.Keys.Any(hint => hint.StartsWith("Agreement." + QualifiedName(type) + ".", StringComparison.Ordinal));
            Diagnostic[] reported = analyzer.Where(d => IsAbout(d, type)).ToArray();
            Assert.True(
                generated != reported.Length > 0,
                $"{type.Name}: generated = {generated}, analyzer = [{string.Join("; ", reported.Select(d => d.ToString()))}]");
            Assert.True(reported.Length <= 1, $"{type.Name}: one root cause, not [{string.Join("; ", reported.Select(d => d.ToString()))}]");
        }

        // Whatever was generated compiles; the only errors left are the analyzer's.
        Assert.Empty(result.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && IsInGeneratedFile(d)));
    }

    [Fact]
    public async Task A_network_derived_from_a_generated_network_is_one_LG1005_and_is_not_generated()
    {
        GeneratorResult result = GeneratorRunner.Run("""
            using LayerGen;
            namespace Demo;
            [Affine(4, 3), SoftmaxWithLoss] public partial class BaseNet;
            [Affine(4, 3), SoftmaxWithLoss] public partial class DerivedNet : BaseNet;
            """);

        Assert.Equal(["Demo.BaseNet.g.cs"], result.Sources.Keys);
        ImmutableArray<Diagnostic> analyzer = await result.Output.WithAnalyzers([new LayerUsageAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        Diagnostic only = Assert.Single(analyzer);
        Assert.Equal("LG1005", only.Id);
        Assert.Contains("derived from the layer class 'BaseNet'", only.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static IEnumerable<INamedTypeSymbol> LayerClassesOf(Compilation compilation)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>([compilation.Assembly.GlobalNamespace]);
        while (pending.Count > 0)
        {
            foreach (ISymbol member in pending.Pop().GetMembers())
            {
                if (member is INamespaceOrTypeSymbol container)
                {
                    pending.Push(container);
                }

                if (member is INamedTypeSymbol type && type.GetAttributes().Any(a => a.AttributeClass?.ContainingNamespace?.Name == "LayerGen"))
                {
                    yield return type;
                }
            }
        }
    }

    private static string QualifiedName(INamedTypeSymbol type) =>
        type.ContainingType is null ? type.Name : QualifiedName(type.ContainingType) + "." + type.Name;

    private static bool IsAbout(Diagnostic diagnostic, INamedTypeSymbol type) =>
        diagnostic.Id.StartsWith("LG1", StringComparison.Ordinal)
        && type.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == diagnostic.Location.SourceTree && r.Span.Contains(diagnostic.Location.SourceSpan));

    private static bool IsInGeneratedFile(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true;
}
