using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using LayerGen.Differentiation.Emitting;
using LayerGen.Differentiation.Ir;
using LayerGen.Differentiation.Lowering;
using LayerGen.Generator.Emitting;
using LayerGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Lowers a user's ForwardRow with the real compiler, emits its BackwardRow, compiles both into an in-memory assembly
/// (warnings as errors) and exposes them as array delegates for gradient checks.
/// </summary>
internal static class DifferentiationHarness
{
    /// <summary>The class the snippets live in; <c>using System;</c> is in scope.</summary>
    public static string Source(string members) => "using System;\npublic static partial class Layer\n{\n" + members + "\n}\n";

    /// <summary>Lowers the <c>ForwardRow</c> among <paramref name="members"/>.</summary>
    public static LoweringResult Lower(string members, int inputs, int outputs, params int[] parameterLengths)
    {
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation(Source(members));
        SyntaxTree tree = compilation.SyntaxTrees[0];
        SemanticModel semanticModel = compilation.GetSemanticModel(tree);
        MethodDeclarationSyntax declaration = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First(m => m.Identifier.Text == "ForwardRow");
        var method = (IMethodSymbol)semanticModel.GetDeclaredSymbol(declaration)!;
        return ForwardRowLowering.Lower(method, semanticModel, new RowSizes(inputs, outputs, [.. parameterLengths]), CancellationToken.None);
    }

    /// <summary>
    /// Lowers <paramref name="markedMembers"/> with its <c>{|#0:…|}</c> marks removed; the single problem it must report
    /// and the text the mark held (where that problem belongs).
    /// </summary>
    public static (LoweringResult Result, DifferentiationProblem Problem, string Marked) LowerMarkedError(string markedMembers, int inputs, int outputs)
    {
        string marked = System.Text.RegularExpressions.Regex.Match(markedMembers, @"\{\|#0:(.*?)\|\}", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        string members = System.Text.RegularExpressions.Regex.Replace(markedMembers, @"\{\|#\d+:(.*?)\|\}", "$1", System.Text.RegularExpressions.RegexOptions.Singleline);
        LoweringResult result = Lower(members, inputs, outputs);
        Assert.Null(result.Model);
        return (result, Assert.Single(result.Problems), marked);
    }

    /// <summary>The source text a problem is located at (what an IDE underlines).</summary>
    public static string LocatedText(DifferentiationProblem problem) => problem.Location.SourceTree!.GetText().ToString(problem.Location.SourceSpan);

    /// <summary>The generated members (BackwardScratchLength, BackwardRow) for <paramref name="model"/>.</summary>
    public static string Emit(ForwardRowModel model)
    {
        var writer = new CodeWriter();
        using (writer.Indent())
        {
            BackwardRowEmitter.Emit(writer, model);
        }

        return writer.ToString();
    }

    public static CompiledLayer<T> Compile<T>(string members, int inputs, int outputs, params int[] parameterLengths)
    {
        LoweringResult lowered = Lower(members, inputs, outputs, parameterLengths);
        Assert.True(lowered.Model is not null, "Not lowered: " + string.Join("; ", lowered.Problems));
        string generated = Emit(lowered.Model!);
        string element = typeof(T) == typeof(float) ? "float" : "double";
        string forwardArguments = string.Join(", ", ["x", "y", .. parameterLengths.Select((_, i) => "p[" + i + "]")]);
        string backwardArguments = string.Join(", ", ["x", "dy", "dx", .. parameterLengths.SelectMany((_, i) => new[] { "p[" + i + "]", "g[" + i + "]" }), "scratch"]);
        string fromTapeArguments = backwardArguments.Replace("x, dy", "x, tape, dy", StringComparison.Ordinal);
        string parameterArguments = string.Concat(parameterLengths.Select((_, i) => ", p[" + i + "]"));

        // The engine's forwards walk a batch of rows (here one): x, y (and the records), the parameters, the row count.
        string engineForward = generated.Contains(BackwardRowEmitter.VectorizedForwardName + "(", StringComparison.Ordinal)
            ? BackwardRowEmitter.VectorizedForwardName + "(x, y" + parameterArguments + ", 1)"
            : "ForwardRow(" + forwardArguments + ")";
        string wrappers = $$"""
            public static partial class Layer
            {
            {{generated}}
                public static int ScratchLength() => BackwardScratchLength;

                public static void Forward({{element}}[] x, {{element}}[] y, {{element}}[][] p) => ForwardRow({{forwardArguments}});

                public static void EngineForward({{element}}[] x, {{element}}[] y, {{element}}[][] p) => {{engineForward}};

                public static void Backward({{element}}[] x, {{element}}[] dy, {{element}}[] dx, {{element}}[][] p, {{element}}[][] g, {{element}}[] scratch) =>
                    BackwardRowsFromInputs({{backwardArguments}}, 1);

                public static int RecordLength() => BackwardTapeLength;

                public static int FromTapeScratchLength() => BackwardFromTapeScratchLength;

                public static void ForwardRecording({{element}}[] x, {{element}}[] y, {{element}}[][] p, {{element}}[] tape) =>
                    ForwardRowsRecording(x, y, tape{{parameterArguments}}, 1);

                public static void BackwardFromTape({{element}}[] x, {{element}}[] tape, {{element}}[] dy, {{element}}[] dx, {{element}}[][] p, {{element}}[][] g, {{element}}[] scratch) =>
                    BackwardRowsFromTape({{fromTapeArguments}}, 1);
            }
            """;
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation(Source(members), wrappers);
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
        string[] problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToArray();
        Assert.True(result.Success && problems.Length == 0, string.Join("\n", problems) + "\n" + generated);
        var context = new AssemblyLoadContext("DifferentiationTest", isCollectible: true);
        Assembly assembly = context.LoadFromStream(new MemoryStream(stream.ToArray()));
        Type layer = assembly.GetType("Layer")!;
        return new CompiledLayer<T>(
            layer.GetMethod("Forward")!.CreateDelegate<Action<T[], T[], T[][]>>(),
            layer.GetMethod("EngineForward")!.CreateDelegate<Action<T[], T[], T[][]>>(),
            layer.GetMethod("Backward")!.CreateDelegate<Action<T[], T[], T[], T[][], T[][], T[]>>(),
            (int)layer.GetMethod("ScratchLength")!.Invoke(null, null)!,
            layer.GetMethod("ForwardRecording")!.CreateDelegate<Action<T[], T[], T[][], T[]>>(),
            layer.GetMethod("BackwardFromTape")!.CreateDelegate<Action<T[], T[], T[], T[], T[][], T[][], T[]>>(),
            (int)layer.GetMethod("RecordLength")!.Invoke(null, null)!,
            (int)layer.GetMethod("FromTapeScratchLength")!.Invoke(null, null)!,
            inputs,
            outputs,
            parameterLengths,
            generated);
    }
}

/// <summary>A compiled ForwardRow and its derived BackwardRow over arrays.</summary>
internal sealed record CompiledLayer<T>(
    Action<T[], T[], T[][]> Forward,
    Action<T[], T[], T[][]> EngineForward,
    Action<T[], T[], T[], T[][], T[][], T[]> Backward,
    int ScratchLength,
    Action<T[], T[], T[][], T[]> ForwardRecording,
    Action<T[], T[], T[], T[], T[][], T[][], T[]> BackwardFromTape,
    int RecordLength,
    int FromTapeScratchLength,
    int Inputs,
    int Outputs,
    int[] ParameterLengths,
    string Generated)
{
    /// <summary>Runs BackwardRow with scratch filled with garbage (its contents must not matter); returns dx and the parameter gradients.</summary>
    public (T[] Dx, T[][] ParameterGradients) Gradients(T[] x, T[] dy, T[][] parameters)
    {
        var dx = new T[Inputs];
        Array.Fill(dx, (T)(object)(typeof(T) == typeof(float) ? (object)float.NaN : double.NaN));
        T[][] gradients = ParameterLengths.Select(n => new T[n]).ToArray();
        var scratch = new T[ScratchLength];
        Array.Fill(scratch, (T)(object)(typeof(T) == typeof(float) ? (object)12345f : 12345d));
        Backward(x, dy, dx, parameters, gradients, scratch);
        return (dx, gradients);
    }

    /// <summary>
    /// The same through the recording pair: ForwardRowsRecording (which must write the same y as ForwardRow), then
    /// BackwardRowsFromTape for one row (twice: it must leave the record as it found it); returns y, dx and the parameter gradients.
    /// </summary>
    public (T[] Y, T[] Dx, T[][] ParameterGradients) GradientsFromTape(T[] x, T[] dy, T[][] parameters)
    {
        T garbage = (T)(object)(typeof(T) == typeof(float) ? (object)-777f : -777d);
        var y = new T[Outputs];
        var tape = new T[RecordLength];
        Array.Fill(tape, garbage);
        ForwardRecording(x, y, parameters, tape);
        var dx = new T[Inputs];
        Array.Fill(dx, garbage);
        T[][] gradients = ParameterLengths.Select(n => new T[n]).ToArray();
        var scratch = new T[FromTapeScratchLength];
        Array.Fill(scratch, garbage);
        T[] record = (T[])tape.Clone();
        BackwardFromTape(x, tape, dy, dx, parameters, gradients, scratch);

        // The record is only read: it is unchanged and a second backward from it gives the same result.
        Assert.Equal(record, tape);
        var again = new T[Inputs];
        T[][] gradientsAgain = ParameterLengths.Select(n => new T[n]).ToArray();
        Array.Fill(scratch, garbage);
        BackwardFromTape(x, tape, dy, again, parameters, gradientsAgain, scratch);
        Assert.Equal(dx, again);
        Assert.Equal(gradients, gradientsAgain);
        return (y, dx, gradients);
    }
}
