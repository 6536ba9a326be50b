using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A stride-halving tree over a scratch tile (HeldOut96's misses <c>WarpShuffle_FlatRawExp</c> and
/// <c>SharedTile_ColumnTreeMax2D</c>): <c>for (d = w / 2; d &gt; 0; d /= 2) for (lane &lt; d) reg[lane] += reg[lane + d];</c>
/// (or <c>Math.Max(tile[lane], tile[lane + d])</c>, or a <c>ShuffleDown</c> helper returning <c>reg[lane + d]</c>) leaves in
/// element 0 the sum or max of every value the tile was loaded with. Read as that fold, a raw exp normalised by the tree
/// sum is LG0003 and a column peak reduced by a tree is LG0004; a tree over one row's values, loaded per row, is silent.
/// Lanes interleaved along the walked row (<c>c = lane; c += w</c> of <c>x[offset + c]</c>, of a jagged <c>row[c]</c> or
/// a span slice) are not read yet (see SoftmaxModel.TreeReductions.cs): those trees stay unread as before, so their
/// correct forms are checked silent here and their raw-exp twins are not tested.
/// </summary>
public class SoftmaxModelTreeReductionTests
{
    /// <summary>Tree steps of a sum over <c>reg</c>, halving <c>delta</c>.</summary>
    public static TheoryData<string, string> SumSteps => new()
    {
        { "delta /= 2", "reg[lane] += reg[lane + delta];" },
        { "delta >>= 1", "reg[lane] += reg[lane + delta];" },
        { "delta /= 2", "reg[lane] = reg[lane] + reg[lane + delta];" },
        { "delta >>= 1", "reg[lane] += ShuffleDown(reg, lane, delta);" },
        { "delta = delta / 2", "reg[lane] += ShuffleDown(reg, lane, delta);" },
    };

    /// <summary>
    /// Flat float rows, 32 lanes exponentiating strided parts of the row (shifted by the row's max), the partial sums
    /// reduced by a tree: silent. (The raw-exp twin is not reported yet: lanes interleaved over a flat buffer are not read
    /// as one walk of the row, so such a tree stays unread.)
    /// </summary>
    [Theory]
    [MemberData(nameof(SumSteps))]
    public async Task FlatFloat_TreeSumOfShiftedExps_IsSilent(string halve, string step)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(FlatLaneSum("x[offset + c] - peak", "", halve, step));
    }

    private static string FlatLaneSum(string argument, string marker, string halve, string step) => $$"""
        using System;

        public static class Repro
        {
            private const int Lanes = 32;

            private static float ShuffleDown(float[] reg, int lane, int delta) =>
                lane + delta < Lanes ? reg[lane + delta] : 0f;

            public static void SoftmaxRows(float[] x, float[] y, int rows, int cols)
            {
                var reg = new float[Lanes];
                for (int warpId = 0; warpId < rows; warpId++)
                {
                    int offset = warpId * cols;
                    float peak = float.NegativeInfinity;
                    for (int c = 0; c < cols; c++) peak = MathF.Max(peak, x[offset + c]);
                    for (int lane = 0; lane < Lanes; lane++)
                    {
                        float partial = 0f;
                        for (int c = lane; c < cols; c += Lanes)
                        {
                            float e = MathF.Exp({{argument}});{{marker}}
                            y[offset + c] = e;
                            partial += e;
                        }

                        reg[lane] = partial;
                    }

                    for (int delta = Lanes / 2; delta > 0; {{halve}})
                    {
                        for (int lane = 0; lane < delta; lane++)
                        {
                            {{step}}
                        }
                    }

                    float denom = reg[0];
                    for (int c = 0; c < cols; c++) y[offset + c] /= denom;
                }
            }
        }
        """;

    /// <summary>
    /// Jagged double rows, a while-loop tree of the lane sums over exps shifted by the row max: silent. (The raw-exp twin
    /// is not reported yet: the lanes' strided walks of the row are interleaved, see the type's remarks.)
    /// </summary>
    [Theory]
    [InlineData("Math.Exp(row[c] - m)", "")]
    public async Task JaggedDouble_WhileTreeSum(string exp, string marker)
    {
        var source = $$"""
            using System;
            using System.Linq;

            public static class Repro
            {
                private const int Width = 8;

                public static double[][] Forward(double[][] x)
                {
                    var y = new double[x.Length][];
                    var lanes = new double[Width];
                    for (int r = 0; r < x.Length; r++)
                    {
                        double[] row = x[r];
                        double m = row.Max();
                        var o = new double[row.Length];
                        for (int t = 0; t < Width; t++)
                        {
                            double s = 0.0;
                            for (int c = t; c < row.Length; c += Width)
                            {
                                o[c] = {{exp}};{{marker}}
                                s += o[c];
                            }

                            lanes[t] = s;
                        }

                        int half = Width / 2;
                        while (half > 0)
                        {
                            for (int t = 0; t < half; t++) lanes[t] += lanes[t + half];
                            half /= 2;
                        }

                        for (int c = 0; c < row.Length; c++) o[c] /= lanes[0];
                        y[r] = o;
                    }

                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Tree steps of a max over <c>tile</c>, halving <c>half</c>.</summary>
    public static TheoryData<string> MaxSteps => new()
    {
        "tile[lane] = Math.Max(tile[lane], tile[lane + half]);",
        "if (tile[lane + half] > tile[lane]) tile[lane] = tile[lane + half];",
    };

    /// <summary>
    /// 2D double: a lane fold down each column (over the batch) reduced by a tree max, subtracted in a per-row sum: the
    /// max and the sum run over different axes (LG0004, at the lane fold).
    /// </summary>
    [Theory]
    [MemberData(nameof(MaxSteps))]
    public async Task TwoDDouble_ColumnTreeMax_IsLG0004(string step)
    {
        var source = $$"""
            using System;

            public sealed class Repro
            {
                private const int Threads = 4;

                public double[,] Apply(double[,] logits)
                {
                    int batch = logits.GetLength(0);
                    int classes = logits.GetLength(1);
                    var columnPeak = new double[classes];
                    double[] tile = new double[Threads];
                    for (int col = 0; col < classes; col++)
                    {
                        for (int lane = 0; lane < Threads; lane++)
                        {
                            double best = double.NegativeInfinity;
                            for (int b = lane; b < batch; b += Threads)
                            {
                                best = Math.Max(best, logits[b, col]); //~ LG0004
                            }

                            tile[lane] = best;
                        }

                        for (int half = Threads / 2; half >= 1; half /= 2)
                        {
                            for (int lane = 0; lane < half; lane++)
                            {
                                {{step}}
                            }
                        }

                        columnPeak[col] = tile[0];
                    }

                    var probs = new double[batch, classes];
                    for (int b = 0; b < batch; b++)
                    {
                        double total = 0.0;
                        for (int col = 0; col < classes; col++)
                        {
                            probs[b, col] = Math.Exp(logits[b, col] - columnPeak[col]);
                            total += probs[b, col];
                        }

                        for (int col = 0; col < classes; col++) probs[b, col] /= total;
                    }

                    return probs;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>2D double: the same tree over each row's lane folds, read by that row's softmax: silent.</summary>
    [Theory]
    [MemberData(nameof(MaxSteps))]
    public async Task TwoDDouble_RowTreeMax_IsSilent(string step)
    {
        var source = $$"""
            using System;

            public sealed class Repro
            {
                private const int Threads = 4;

                public double[,] Apply(double[,] logits)
                {
                    int batch = logits.GetLength(0);
                    int classes = logits.GetLength(1);
                    var probs = new double[batch, classes];
                    double[] tile = new double[Threads];
                    for (int b = 0; b < batch; b++)
                    {
                        for (int lane = 0; lane < Threads; lane++)
                        {
                            double best = double.NegativeInfinity;
                            for (int col = lane; col < classes; col += Threads)
                            {
                                best = Math.Max(best, logits[b, col]);
                            }

                            tile[lane] = best;
                        }

                        for (int half = Threads / 2; half >= 1; half /= 2)
                        {
                            for (int lane = 0; lane < half; lane++)
                            {
                                {{step}}
                            }
                        }

                        double rowPeak = tile[0];
                        double total = 0.0;
                        for (int col = 0; col < classes; col++)
                        {
                            probs[b, col] = Math.Exp(logits[b, col] - rowPeak);
                            total += probs[b, col];
                        }

                        for (int col = 0; col < classes; col++) probs[b, col] /= total;
                    }

                    return probs;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Flat float, one block per row with a shared tile: tree max and tree sum of the row (silent, as HeldOut96's
    /// <c>SharedTile_TreeReduceRows</c>).
    /// </summary>
    [Theory]
    [InlineData("rowStart + c", "cols", "")]
    public async Task FlatFloat_BlockTreeMaxAndSum(string peakIndex, string peakEnd, string marker)
    {
        var source = $$"""
            using System;
            using System.Threading.Tasks;

            public static class Repro
            {
                private const int BlockDim = 8;

                public static void Forward(float[] input, float[] output, int rows, int cols)
                {
                    Parallel.For(0, rows, blockIdx => Block(blockIdx, input, output, cols));
                }

                private static void Block(int blockIdx, float[] input, float[] output, int cols)
                {
                    var shared = new float[BlockDim];
                    int rowStart = blockIdx * cols;
                    for (int t = 0; t < BlockDim; t++)
                    {
                        float local = float.NegativeInfinity;
                        for (int c = t; c < {{peakEnd}}; c += BlockDim)
                        {
                            local = MathF.Max(local, input[{{peakIndex}}]);{{marker}}
                        }

                        shared[t] = local;
                    }

                    for (int stride = BlockDim / 2; stride > 0; stride >>= 1)
                    {
                        for (int t = 0; t < stride; t++) shared[t] = MathF.Max(shared[t], shared[t + stride]);
                    }

                    float rowMax = shared[0];
                    for (int t = 0; t < BlockDim; t++)
                    {
                        float local = 0f;
                        for (int c = t; c < cols; c += BlockDim)
                        {
                            float e = MathF.Exp(input[rowStart + c] - rowMax);
                            output[rowStart + c] = e;
                            local += e;
                        }

                        shared[t] = local;
                    }

                    for (int stride = BlockDim / 2; stride > 0; stride >>= 1)
                    {
                        for (int t = 0; t < stride; t++) shared[t] += shared[t + stride];
                    }

                    float rowSum = shared[0];
                    for (int c = 0; c < cols; c++) output[rowStart + c] /= rowSum;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>A stackalloc span tile reduced by a tree sum over the row slice's shifted exps: silent.</summary>
    [Theory]
    [InlineData("MathF.Exp(row[c] - peak)", "")]
    public async Task SpanFloat_StackTileTreeSum(string exp, string marker)
    {
        var source = $$"""
            using System;

            public static class Repro
            {
                public static void Forward(ReadOnlySpan<float> input, Span<float> output, int cols)
                {
                    Span<float> tile = stackalloc float[16];
                    for (int r = 0; r < input.Length / cols; r++)
                    {
                        ReadOnlySpan<float> row = input.Slice(r * cols, cols);
                        Span<float> dst = output.Slice(r * cols, cols);
                        float peak = float.NegativeInfinity;
                        for (int c = 0; c < cols; c++) peak = MathF.Max(peak, row[c]);
                        for (int lane = 0; lane < 16; lane++)
                        {
                            float acc = 0f;
                            for (int c = lane; c < cols; c += 16)
                            {
                                dst[c] = {{exp}};{{marker}}
                                acc += dst[c];
                            }

                            tile[lane] = acc;
                        }

                        for (int d = 8; d > 0; d >>= 1)
                        {
                            for (int lane = 0; lane < d; lane++) tile[lane] += tile[lane + d];
                        }

                        float total = tile[0];
                        for (int c = 0; c < cols; c++) dst[c] /= total;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
