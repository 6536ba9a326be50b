extern alias analyzers;

using System.Collections.Immutable;
using System.Text.RegularExpressions;
using analyzers::LayerGen.Analyzers.Usage;
using LayerGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LayerGen.Generator.Tests.Differentiation.HeldOutCorpus;

/// <summary>
/// What a user gets from one held-out file, as a short pinnable text: <c>pass</c> (derived backward passes the double
/// gradient check), <c>error</c> (the expected LG11xx errors on exactly the marked lines), or a failure kind:
/// <c>rejected LG1110@17</c> (an error on a layer a user expects to work), <c>misplaced …</c>, <c>no-error</c>,
/// <c>crash</c>, <c>no-compile CS…</c>, <c>silent</c> (no backward and no error), <c>wrong-gradient …</c>.
/// </summary>
internal sealed record HeldOutOutcome(string Summary, IReadOnlyList<string> Messages)
{
    /// <summary>The failure kind (first word of the summary).</summary>
    public string Kind => Summary.Split(' ')[0];
}

/// <summary>
/// Runs the generator and the two custom-layer analyzers (the ForwardRow constructs, LG1110–LG1118, and the declaration
/// rules a user's build also reports, such as LG1006 for a member named like a generated one) over a held-out file,
/// compiles the result and gradient-checks it.
/// </summary>
internal static class HeldOutEvaluation
{
    private static readonly Dictionary<string, HeldOutOutcome> Cache = [];

    public static HeldOutOutcome Of(HeldOutFile file)
    {
        lock (Cache)
        {
            string key = file.Corpus + "/" + file.Name;
            if (!Cache.TryGetValue(key, out HeldOutOutcome? outcome))
            {
                outcome = Evaluate(file);
                Cache[key] = outcome;
            }

            return outcome;
        }
    }

    private static HeldOutOutcome Evaluate(HeldOutFile file)
    {
        Built built = Build(file.Text);
        if (built.Failure is not null)
        {
            return new HeldOutOutcome(built.Failure, built.Messages);
        }

        if (file.Expect == Expectation.Error)
        {
            return new HeldOutOutcome(ErrorOutcome(file, built.Errors), built.Messages);
        }

        if (built.Errors.Count > 0)
        {
            return new HeldOutOutcome("rejected " + string.Join(" ", built.Errors.Select(e => e.Id + "@" + e.Line)), built.Messages);
        }

        if (!built.HasBackward)
        {
            return new HeldOutOutcome("silent", built.Messages);
        }

        string? wrong = built.Element == "double"
            ? HeldOutGradient.CheckDouble(built, file.LargeRows, file.TieRows)
            : CheckFloat(file, built);
        return wrong is null ? new HeldOutOutcome("pass", built.Messages) : new HeldOutOutcome("wrong-gradient", [.. built.Messages, wrong]);
    }

    /// <summary>A float layer: its double twin (float → double, MathF → Math, no f suffixes) must pass the gradient check and the float backward must agree with it.</summary>
    private static string? CheckFloat(HeldOutFile file, Built floatLayer)
    {
        string twinText = DoubleTwin(file.Text);
        Built twin = Build(twinText);
        if (twin.Failure is not null || twin.Errors.Count > 0 || !twin.HasBackward)
        {
            return "(double twin not built: " + (twin.Failure ?? string.Join("; ", twin.Messages)) + ")";
        }

        return HeldOutGradient.CheckDouble(twin, file.LargeRows, file.TieRows)
            ?? HeldOutGradient.CompareFloatWithDouble(floatLayer, twin, file.LargeRows, file.TieRows);
    }

    public static string DoubleTwin(string text)
    {
        text = Regex.Replace(text, @"\bMathF\.", "Math.");
        text = Regex.Replace(text, @"\bfloat\b", "double");
        return Regex.Replace(text, @"\b(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)[fF]\b", "$1d");
    }

    private static string ErrorOutcome(HeldOutFile file, IReadOnlyList<(string Id, int Line)> errors)
    {
        if (errors.Count == 0)
        {
            return "no-error";
        }

        bool everyMarkerMet = file.Markers.All(m => errors.Any(e => e.Line == m.Line && e.Id.StartsWith(m.IdPrefix, StringComparison.Ordinal)));
        bool everyErrorMarked = errors.All(e => file.Markers.Any(m => e.Line == m.Line && e.Id.StartsWith(m.IdPrefix, StringComparison.Ordinal)));
        return everyMarkerMet && everyErrorMarked ? "error" : "misplaced " + string.Join(" ", errors.Select(e => e.Id + "@" + e.Line));
    }

    /// <summary>The generator's and the analyzer's view of one source: LG errors, compile failures, the compiled output.</summary>
    internal sealed record Built(
        string? Failure,
        IReadOnlyList<(string Id, int Line)> Errors,
        IReadOnlyList<string> Messages,
        Compilation? Output,
        string TypeName,
        string Element,
        bool HasBackward);

    private static Built Build(string text)
    {
        CSharpCompilation input = GeneratorRunner.CreateCompilation(text);
        string[] inputProblems = GeneratorRunner.Problems(input);
        Assert.True(inputProblems.Length == 0, "the corpus file itself does not compile: " + string.Join("; ", inputProblems));
        (string typeName, string element) = Layer(input);

        GeneratorDriver driver = GeneratorRunner.CreateDriver().RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        Exception? exception = driver.GetRunResult().Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
        if (exception is not null || generatorDiagnostics.Any(d => d.Id == "CS8785"))
        {
            return new Built("crash", [], [exception?.GetType().Name + ": " + exception?.Message], null, typeName, element, false);
        }

        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> analyzerDiagnostics = input.WithAnalyzers([new DifferentiableLayerAnalyzer(), new LayerUsageAnalyzer()], options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        if (analyzerDiagnostics.Any(d => d.Id == "AD0001"))
        {
            return new Built("crash (analyzer)", [], analyzerDiagnostics.Select(d => d.ToString()).ToList(), null, typeName, element, false);
        }

        List<Diagnostic> lg = [.. generatorDiagnostics.Concat(analyzerDiagnostics).Where(d => d.Id.StartsWith("LG", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error)];
        var errors = lg.Select(d => (d.Id, Line: d.Location.GetLineSpan().StartLinePosition.Line + 1)).Distinct().OrderBy(e => e.Line).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var messages = lg.Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").Distinct().ToList();

        Diagnostic[] compileErrors = [.. output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.Id.StartsWith("LG", StringComparison.Ordinal))];
        if (compileErrors.Length > 0)
        {
            return new Built("no-compile " + string.Join(" ", compileErrors.Select(d => d.Id).Distinct()), errors, [.. messages, .. compileErrors.Take(3).Select(d => d.ToString())], output, typeName, element, false);
        }

        INamedTypeSymbol? type = output.GetTypeByMetadataName(typeName);
        bool hasBackward = type is not null && type.GetMembers("Backward").Length > 0;
        return new Built(null, errors, messages, output, typeName, element, hasBackward);
    }

    /// <summary>The metadata name of the <c>[DifferentiableLayer]</c> class and the element type of its ForwardRow.</summary>
    private static (string TypeName, string Element) Layer(CSharpCompilation input)
    {
        SyntaxTree tree = input.SyntaxTrees[0];
        SemanticModel model = input.GetSemanticModel(tree);
        ClassDeclarationSyntax declaration = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()
            .Single(c => c.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString().StartsWith("DifferentiableLayer", StringComparison.Ordinal)));
        var type = (INamedTypeSymbol)model.GetDeclaredSymbol(declaration)!;
        MethodDeclarationSyntax forward = declaration.Members.OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "ForwardRow");
        string element = forward.ParameterList.Parameters[0].Type!.ToString().Contains("float", StringComparison.Ordinal) ? "float" : "double";
        return (type.ToDisplayString(new SymbolDisplayFormat(typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces)), element);
    }
}
