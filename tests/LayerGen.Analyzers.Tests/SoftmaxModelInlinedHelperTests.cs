using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Softmax.Rules;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Helpers modelled by walking their bodies in the caller's terms (<see cref="HelperInliner"/>): a fold moved into a
/// static helper of the same type is judged as the fold written inline, per call — loops over parameters, strides,
/// offsets that are expressions of the caller's loop variables, a max and a sum in one helper, helpers calling helpers —
/// and correct look-alikes stay silent. Diagnostics land where the user wrote the fold (in the helper).
/// </summary>
public class SoftmaxModelInlinedHelperTests
{
    [Fact]
    public Task RowMaxHelper_PerRow_IsSilent() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y)
            {
                for (int r = 0; r < x.GetLength(0); r++)
                {
                    float m = RowMax(x, r);
                    float s = 0f;
                    for (int j = 0; j < x.GetLength(1); j++) { y[r, j] = MathF.Exp(x[r, j] - m); s += y[r, j]; }
                    for (int j = 0; j < x.GetLength(1); j++) y[r, j] /= s;
                }
            }

            static float RowMax(float[,] x, int r)
            {
                float m = float.MinValue;
                for (int j = 0; j < x.GetLength(1); j++) m = MathF.Max(m, x[r, j]);
                return m;
            }
        }
        """);

    [Fact]
    public Task StridedHelper_OverTheWholeBuffer_IsTooWide() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            // Column-major [classes, batch] flat buffer: column b is x[c * batch + b].
            static void Softmax(float[] x, float[] y, int classes, int batch)
            {
                for (int b = 0; b < batch; b++)
                {
                    float m = {|LG0001:Peak(x, batch)|};
                    float s = 0f;
                    for (int c = 0; c < classes; c++) { y[c * batch + b] = MathF.Exp(x[c * batch + b] - m); s += y[c * batch + b]; }
                    for (int c = 0; c < classes; c++) y[c * batch + b] /= s;
                }
            }

            static float Peak(float[] x, int stride)
            {
                float m = float.MinValue;
                for (int i = 0; i < x.Length; i += stride)
                    for (int k = 0; k < stride; k++) m = MathF.Max(m, x[i + k]);
                return m;
            }
        }
        """);

    [Fact]
    public Task StridedHelper_OverOneColumn_IsSilent() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, float[] y, int classes, int batch)
            {
                for (int b = 0; b < batch; b++)
                {
                    float m = ColumnMax(x, b, classes, batch);
                    float s = 0f;
                    for (int c = 0; c < classes; c++) { y[c * batch + b] = MathF.Exp(x[c * batch + b] - m); s += y[c * batch + b]; }
                    for (int c = 0; c < classes; c++) y[c * batch + b] /= s;
                }
            }

            static float ColumnMax(float[] x, int column, int rows, int stride)
            {
                float m = float.MinValue;
                for (int c = 0; c < rows; c++) m = MathF.Max(m, x[c * stride + column]);
                return m;
            }
        }
        """);

    [Theory]
    [InlineData("r * cols, cols", "")]
    [InlineData("(r + 1) * cols - cols, cols", "")]
    [InlineData("0, x.Length", "LG0002")]
    public async Task OffsetHelperSum_ArgumentsAreExpressionsOfTheCallersLoop(string arguments, string expected)
    {
        var source = $$"""
            using System;
            static class S
            {
                static void Softmax(float[] x, float[] y, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        float m = float.MinValue;
                        for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r * cols + j]);
                        for (int j = 0; j < cols; j++) y[r * cols + j] = MathF.Exp(x[r * cols + j] - m);
                        float s = Total(y, {{arguments}});
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= s;
                    }
                }

                static float Total(float[] e, int offset, int count)
                {
                    float s = 0f;
                    for (int i = 0; i < count; i++) s += e[offset + i];
                    return s;
                }
            }
            """;
        var diagnostics = await FixRunner.AnalyzeAsync(FixRunner.CompileRecreation(source));
        Assert.Equal(expected, string.Join(",", diagnostics.Select(d => d.Id)));
        Assert.All(diagnostics, d => Assert.Contains("s += e[offset + i]", d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("for (int i = 0; i < n; i++) m = MathF.Max(m, x[o + i]);", "")]
    [InlineData("for (int i = 0; i < x.Length; i++) m = MathF.Max(m, x[i]);", "LG0001")]
    public async Task MaxAndSumInOneHelper(string maxLoop, string expected)
    {
        var source = $$"""
            using System;
            static class S
            {
                static void Softmax(float[] x, float[] y, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        float s = ExpSum(x, y, r * cols, cols);
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= s;
                    }
                }

                static float ExpSum(float[] x, float[] y, int o, int n)
                {
                    float m = float.MinValue;
                    {{maxLoop}}
                    float s = 0f;
                    for (int i = 0; i < n; i++) { y[o + i] = MathF.Exp(x[o + i] - m); s += y[o + i]; }
                    return s;
                }
            }
            """;
        var diagnostics = await FixRunner.AnalyzeAsync(FixRunner.CompileRecreation(source));
        Assert.Equal(expected, string.Join(",", diagnostics.Select(d => d.Id)));
    }

    [Fact]
    public Task HelperCallingHelpers_InnerMaxOverTheBatch_IsReportedAtTheOutermostCall() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(double[][] x, double[][] y)
            {
                for (int i = 0; i < x.Length; i++)
                {
                    double s = {|LG0001:RowSoftmax(x, y, i)|};
                    for (int j = 0; j < y[i].Length; j++) y[i][j] /= s;
                }
            }

            static double RowSoftmax(double[][] x, double[][] y, int row)
            {
                double m = BatchMax(x);
                double s = 0;
                for (int j = 0; j < x[row].Length; j++) { y[row][j] = Math.Exp(x[row][j] - m); s += y[row][j]; }
                return s;
            }

            static double BatchMax(double[][] x)
            {
                double m = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++)
                    for (int j = 0; j < x[i].Length; j++) m = Math.Max(m, x[i][j]);
                return m;
            }
        }
        """);

    [Fact]
    public Task HelperInsideAnExpression_IsHoisted_AndSilentPerRow() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[,] x, float[,] y)
            {
                for (int r = 0; r < x.GetLength(0); r++)
                {
                    float s = 0f;
                    for (int j = 0; j < x.GetLength(1); j++) { y[r, j] = MathF.Exp(x[r, j] - RowMax(x, r)); s += y[r, j]; }
                    for (int j = 0; j < x.GetLength(1); j++) y[r, j] /= s;
                }
            }

            static float RowMax(float[,] x, int r)
            {
                float best = float.MinValue;
                for (int j = 0; j < x.GetLength(1); j++) if (x[r, j] > best) best = x[r, j];
                return best;
            }
        }
        """);

    [Fact]
    public Task LookAlike_HelperThatCopiesARow_AndAnEarlyReturnHelper_StaySilent() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, float[] y, int rows, int cols)
            {
                var row = new float[cols];
                for (int r = 0; r < rows; r++)
                {
                    CopyRow(x, row, r * cols);
                    float m = FirstPeak(row);
                    float s = 0f;
                    for (int j = 0; j < cols; j++) { y[r * cols + j] = MathF.Exp(row[j] - m); s += y[r * cols + j]; }
                    for (int j = 0; j < cols; j++) y[r * cols + j] /= s;
                }
            }

            static void CopyRow(float[] x, float[] row, int offset)
            {
                for (int j = 0; j < row.Length; j++) row[j] = x[offset + j];
            }

            // Returns early: not inlined, summarised as before.
            static float FirstPeak(float[] v)
            {
                float m = float.MinValue;
                for (int j = 0; j < v.Length; j++)
                {
                    if (float.IsPositiveInfinity(v[j])) return v[j];
                    m = MathF.Max(m, v[j]);
                }

                return m;
            }
        }
        """);

    /// <summary>One helper, two callers with different arguments: each call is judged on its own.</summary>
    [Fact]
    public void HelperUsedAtTwoCalls_WithDifferentRows_IsJudgedPerCall()
    {
        const string source = """
            using System;
            static class S
            {
                static void PerRow(float[] x, float[] y, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        float m = Max(x, r * cols, cols);
                        float s = 0f;
                        for (int j = 0; j < cols; j++) { y[r * cols + j] = MathF.Exp(x[r * cols + j] - m); s += y[r * cols + j]; }
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= s;
                    }
                }

                static void WholeBatch(float[] x, float[] y, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        float m = Max(x, 0, x.Length);
                        float s = 0f;
                        for (int j = 0; j < cols; j++) { y[r * cols + j] = MathF.Exp(x[r * cols + j] - m); s += y[r * cols + j]; }
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= s;
                    }
                }

                static float Max(float[] x, int offset, int count)
                {
                    float m = float.MinValue;
                    for (int i = 0; i < count; i++) m = MathF.Max(m, x[offset + i]);
                    return m;
                }
            }
            """;
        Assert.Empty(GlobalMaxFindings(source, "PerRow"));
        var finding = Assert.Single(GlobalMaxFindings(source, "WholeBatch"));
        // Reported at the call that passes the whole batch (the helper is right for the range it is given).
        Assert.Equal("Max(x, 0, x.Length)", finding.Location.SourceTree!.GetText().ToString(finding.Location.SourceSpan));
    }

    [Fact]
    public void InlinedBody_KeepsTheHelpersNames_AndMakesTheAccumulatorTheCallersVariable()
    {
        const string source = """
            using System;
            static class S
            {
                static void Softmax(float[,] x, float[,] y)
                {
                    int j = 0;
                    for (int r = 0; r < x.GetLength(0); r++)
                    {
                        float m = RowMax(x, r);
                        for (j = 0; j < x.GetLength(1); j++) y[r, j] = MathF.Exp(x[r, j] - m);
                    }
                }

                static float RowMax(float[,] x, int row)
                {
                    float best = float.MinValue;
                    for (int j = 0; j < x.GetLength(1); j++) best = MathF.Max(best, x[row, j]);
                    return best;
                }
            }
            """;
        var inlined = Inline(source, "Softmax");
        var text = inlined.Root.Syntax.NormalizeWhitespace().ToString();
        // The helper's accumulator is the caller's m; its j would hide the caller's j, so it is renamed; row is r.
        Assert.Contains("float m;", text, StringComparison.Ordinal);
        Assert.Contains("m = float.MinValue;", text, StringComparison.Ordinal);
        Assert.Contains("for (int j_1 = 0; j_1 < x.GetLength(1); j_1++)", text, StringComparison.Ordinal);
        Assert.Contains("m = MathF.Max(m, x[r, j_1]);", text, StringComparison.Ordinal);
        Assert.DoesNotContain(inlined.Root.Descendants(), operation => operation is IInvalidOperation);

        // The fold's location is the helper's statement in the source file.
        var fold = inlined.Root.Descendants().OfType<ISimpleAssignmentOperation>().Single(assignment => assignment.Value is IInvocationOperation { TargetMethod.Name: "Max" });
        var location = inlined.LocationOf(fold.Syntax);
        Assert.Equal("best = MathF.Max(best, x[row, j])", location.SourceTree!.GetText().ToString(location.SourceSpan));
    }

    [Theory]
    [InlineData("static float Peak(float[] v, int n) { float m = float.MinValue; for (int i = 0; i < n; i++) m = MathF.Max(m, v[i]); return n > 1 ? Peak(v, n - 1) : m; }", false)]
    [InlineData("static float Scale = 1f; static float Peak(float[] v, int n) { float m = float.MinValue; for (int i = 0; i < n; i++) m = MathF.Max(m, v[i] * Scale); return m; }", false)]
    [InlineData("static float Peak(float[] v, int n) { float m = float.MinValue; for (int i = 0; i < n; i++) m = MathF.Max(m, v[i]); return m; }", true)]
    public void Recursive_OrReadingAMemberTheCallerHides_IsNotInlined(string helper, bool isInlined)
    {
        var source = $$"""
            using System;
            static class S
            {
                static void Softmax(float[] v, float[] y)
                {
                    float Scale = 2f;
                    float m = Peak(v, v.Length);
                    float s = 0f;
                    for (int i = 0; i < v.Length; i++) { y[i] = MathF.Exp(v[i] - m); s += y[i]; }
                    for (int i = 0; i < v.Length; i++) y[i] /= s * Scale;
                }

                {{helper}}
            }
            """;
        var (compilation, declaration) = Compile(source, "Softmax");
        var body = compilation.GetSemanticModel(declaration.SyntaxTree).GetOperation(declaration)!;
        Assert.Equal(isInlined, HelperInliner.Inline(body, CancellationToken.None) is not null);
    }

    private static InlinedBody Inline(string source, string method)
    {
        var (compilation, declaration) = Compile(source, method);
        var body = compilation.GetSemanticModel(declaration.SyntaxTree).GetOperation(declaration)!;
        return Assert.IsType<InlinedBody>(HelperInliner.Inline(body, CancellationToken.None));
    }

    private static List<Diagnostic> GlobalMaxFindings(string source, string method)
    {
        var (compilation, declaration) = Compile(source, method);
        var body = (IMethodBodyOperation)compilation.GetSemanticModel(declaration.SyntaxTree).GetOperation(declaration)!;
        var model = SoftmaxModel.BuildWithInlinedHelpers(body, WellKnownSymbols.Create(compilation), () => ControlFlowGraph.Create(body), CancellationToken.None);
        Assert.False(model.HasErrors);
        Assert.NotEmpty(model.Sites);
        return new GlobalMaxRule().Find(model).ToList();
    }

    private static (Compilation Compilation, MethodDeclarationSyntax Declaration) Compile(string source, string method)
    {
        var compilation = FixRunner.CompileRecreation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var tree = compilation.SyntaxTrees.Single();
        return (compilation, tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(candidate => candidate.Identifier.ValueText == method));
    }
}
