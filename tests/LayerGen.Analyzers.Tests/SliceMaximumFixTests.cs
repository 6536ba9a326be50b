using LayerGen.Analyzers.Tests.Verification;
using LayerGen.CodeFixes.Softmax;
using static LayerGen.Analyzers.Tests.Verification.SoftmaxFixHarness;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// "Use the maximum of each softmax slice" (LG0004, and LG0001 in layouts the row-major rewrite does not handle):
/// applied, compiled and run; the fixed code matches a per-slice softmax on batches offset by ±1000 where the original
/// gives NaN, and no LG0001/LG0004 remains.
/// </summary>
public class SliceMaximumFixTests
{
    public static TheoryData<string> Cases() => new(FixableCases.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task FixedCodeMatchesPerSliceSoftmax_OriginalDoesNot(string name)
    {
        var (subject, harness, axis) = FixableCases[name];
        var fixedText = await FixRunner.FixAsync(subject, new SliceReductionCodeFixProvider(), References);
        Assert.NotEqual(subject, fixedText);
        var remaining = await FixRunner.AnalyzeAsync(Compile(fixedText));
        Assert.DoesNotContain(remaining, diagnostic => diagnostic.Id is "LG0001" or "LG0004" or "AD0001");
        AssertFixedMatchesAndOriginalFails(name, subject, harness, fixedText, axis, References);
    }

    [Fact]
    public async Task NoFix_ForAnOnlineSoftmaxWhoseCopiedBackMaximumRunsOverEveryRow()
    {
        // The running maximum is folded in a temporary (mNew) that the denominator's rescale also reads: a new
        // per-row maximum subtracted in the final exps would not match d, so no rewrite is offered.
        const string source = """
            using System;
            public static class Subject
            {
                public static void Forward(float[,] x, float[,] y)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    float m = float.NegativeInfinity;
                    for (int r = 0; r < rows; r++)
                    {
                        float d = 0f;
                        float previous = m;
                        for (int c = 0; c < cols; c++)
                        {
                            float mNew = MathF.Max(m, x[r, c]);
                            d = d * MathF.Exp(previous - mNew) + MathF.Exp(x[r, c] - mNew);
                            m = mNew;
                            previous = mNew;
                        }

                        for (int c = 0; c < cols; c++)
                            y[r, c] = MathF.Exp(x[r, c] - m) / d;
                    }
                }
            }
            """;
        var diagnostics = await FixRunner.AnalyzeAsync(Compile(source));
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "LG0001" && diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1 == 14);
        Assert.Equal(source, await FixRunner.FixAsync(source, new SliceReductionCodeFixProvider(), References));
    }

    [Fact]
    public async Task ParallelForThreadLocalMax_TheMergeAndItsLoopGoWithTheOldMaximum()
    {
        // The per-row maximum replaces the thread-local one: no empty lock and no Parallel.For computing nothing is left.
        var fixedText = await FixRunner.FixAsync(FixableCases["ParallelForThreadLocalMax_MergedUnderLock"].Subject, new SliceReductionCodeFixProvider(), References);
        Assert.DoesNotContain("lock (", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain("local", fixedText, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(fixedText, @"Parallel\.For\("));
    }

    [Fact]
    public async Task ParallelForThreadLocalMax_WithSideEffectsInTheBody_KeepsTheLoopAndDropsTheEmptyLock()
    {
        // The body also counts visited rows: the loop stays (it does something else), only the emptied lock goes.
        var subject = FixableCases["ParallelForThreadLocalMax_MergedUnderLock"].Subject
            .Replace("float max = float.MinValue;", "float max = float.MinValue;\n        int[] visited = new int[1];", StringComparison.Ordinal)
            .Replace("return local;", "System.Threading.Interlocked.Increment(ref visited[0]);\n            return local;", StringComparison.Ordinal);
        var fixedText = await FixRunner.FixAsync(subject, new SliceReductionCodeFixProvider(), References);
        Assert.NotEqual(subject, fixedText);
        Assert.DoesNotContain("lock (", fixedText, StringComparison.Ordinal);
        Assert.Contains("Interlocked.Increment", fixedText, StringComparison.Ordinal);
        Assert.Empty((await FixRunner.AnalyzeAsync(Compile(fixedText))).Where(d => d.Id is "LG0001" or "AD0001"));
        Assert.Empty(Compile(fixedText).GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task ColumnMajorGlobalMax_ExactText()
    {
        var fixedText = await FixRunner.FixAsync(FixableCases["ColumnMajor_GlobalMax"].Subject, new SliceReductionCodeFixProvider(), References);
        Assert.Equal("""
            using System;
            public static class Subject
            {
                // z is [classes, batch]: each column is one sample.
                public static void Forward(double[,] z, double[,] a)
                {
                    for (int b = 0; b < z.GetLength(1); b++)
                    {
                        double s = 0;
                        double max = double.NegativeInfinity;
                        for (int c = 0; c < z.GetLength(0); c++)
                            max = Math.Max(max, z[c, b]);
                        for (int c = 0; c < z.GetLength(0); c++)
                        {
                            a[c, b] = Math.Exp(z[c, b] - max);
                            s += a[c, b];
                        }

                        for (int c = 0; c < z.GetLength(0); c++)
                            a[c, b] /= s;
                    }
                }
            }
            """, fixedText);
    }

    private static readonly Dictionary<string, (string Subject, string Harness, Axis Axis)> FixableCases = new()
    {
        ["ColumnMajor_GlobalMax"] = ("""
            using System;
            public static class Subject
            {
                // z is [classes, batch]: each column is one sample.
                public static void Forward(double[,] z, double[,] a)
                {
                    double max = double.NegativeInfinity;
                    for (int c = 0; c < z.GetLength(0); c++)
                        for (int b = 0; b < z.GetLength(1); b++)
                            max = Math.Max(max, z[c, b]);
                    for (int b = 0; b < z.GetLength(1); b++)
                    {
                        double s = 0;
                        for (int c = 0; c < z.GetLength(0); c++)
                        {
                            a[c, b] = Math.Exp(z[c, b] - max);
                            s += a[c, b];
                        }

                        for (int c = 0; c < z.GetLength(0); c++)
                            a[c, b] /= s;
                    }
                }
            }
            """, MatrixHarness("double", rowMajor: true), Axis.Columns),
        ["Flat_LoopStartMaxRunsToEnd"] = ("""
            using System;
            public static class Subject
            {
                // x is [classes = rows, batch = cols], flat; the max loop starts at the sample but steps by one to the end.
                public static void Forward(double[] x, double[] y, int rows, int cols)
                {
                    int n = rows * cols;
                    for (int b = 0; b < cols; b++)
                    {
                        double max = double.NegativeInfinity;
                        for (int i = b; i < n; i++) max = Math.Max(max, x[i]);
                        double sum = 0;
                        for (int i = b; i < n; i += cols) { y[i] = Math.Exp(x[i] - max); sum += y[i]; }
                        for (int i = b; i < n; i += cols) y[i] /= sum;
                    }
                }
            }
            """, FlatHarness("double"), Axis.Columns),
        ["Flat_WholeBufferMaxLoop"] = ("""
            using System;
            public static class Subject
            {
                // The package test's consumer program: one max over the whole flat batch (np.max(x)).
                public static void Forward(float[] x, float[] y, int rows, int cols)
                {
                    float max = float.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++)
                    {
                        max = MathF.Max(max, x[i]);
                    }

                    for (int r = 0; r < rows; r++)
                    {
                        float sum = 0f;
                        for (int c = 0; c < cols; c++)
                        {
                            y[r * cols + c] = MathF.Exp(x[r * cols + c] - max);
                            sum += y[r * cols + c];
                        }

                        for (int c = 0; c < cols; c++)
                        {
                            y[r * cols + c] /= sum;
                        }
                    }
                }
            }
            """, FlatHarness("float"), Axis.Rows),
        ["Flat_GlobalMax_IndexLocalInBody"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(float[] x, float[] y, int rows, int cols)
                {
                    float max = float.NegativeInfinity;
                    for (int k = 0; k < x.Length; k++)
                        max = MathF.Max(max, x[k]);
                    for (int r = 0; r < rows; r++)
                    {
                        float sum = 0f;
                        for (int c = 0; c < cols; c++)
                        {
                            // The element's index is a local of the loop body: the copied max loop inlines it.
                            int at = r * cols + c;
                            y[at] = MathF.Exp(x[at] - max);
                            sum += y[at];
                        }

                        for (int c = 0; c < cols; c++)
                            y[r * cols + c] /= sum;
                    }
                }
            }
            """, FlatHarness("float"), Axis.Rows),
        ["ParallelForThreadLocalMax_MergedUnderLock"] = ("""
            using System;
            using System.Threading.Tasks;
            public static class Subject
            {
                public static void Forward(float[,] x, float[,] y)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    float max = float.MinValue;
                    object gate = new object();
                    Parallel.For(0, rows, () => float.MinValue, (i, _, local) =>
                    {
                        for (int j = 0; j < cols; j++)
                            local = MathF.Max(local, x[i, j]);
                        return local;
                    }, local =>
                    {
                        lock (gate)
                        {
                            max = MathF.Max(max, local);
                        }
                    });

                    Parallel.For(0, rows, i =>
                    {
                        float sum = 0f;
                        for (int j = 0; j < cols; j++)
                        {
                            y[i, j] = MathF.Exp(x[i, j] - max);
                            sum += y[i, j];
                        }

                        for (int j = 0; j < cols; j++)
                            y[i, j] /= sum;
                    });
                }
            }
            """, MatrixHarness("float", rowMajor: true), Axis.Rows),
        ["RowSoftmax_ColumnMaxima_LG0004"] = ("""
            using System;
            public static class Subject
            {
                public static void Forward(float[,] x, float[,] y)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var colMax = new float[cols];
                    for (int j = 0; j < cols; j++)
                    {
                        colMax[j] = float.NegativeInfinity;
                        for (int i = 0; i < rows; i++)
                            colMax[j] = MathF.Max(colMax[j], x[i, j]);
                    }

                    for (int i = 0; i < rows; i++)
                    {
                        float sum = 0;
                        for (int j = 0; j < cols; j++)
                        {
                            y[i, j] = MathF.Exp(x[i, j] - colMax[j]);
                            sum += y[i, j];
                        }

                        for (int j = 0; j < cols; j++)
                            y[i, j] /= sum;
                    }
                }
            }
            """, MatrixHarness("float", rowMajor: true), Axis.Rows),
    };
}
