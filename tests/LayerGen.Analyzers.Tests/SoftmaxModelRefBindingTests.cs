using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// References to per-row statistics and values delivered through <c>out</c> (HeldOut76). A <c>ref</c> local bound to an
/// element of a struct array (<c>ref var st = ref stats[b]</c>, a <c>ref readonly</c> twin, a <c>ref</c> foreach variable,
/// an element of a <c>Span&lt;T&gt;</c>) only names the element: its binding is no whole-value reset of the struct's
/// members, so the members written and read through it are that element's storage (false LG0001 + LG0002 on
/// <c>RefStateOnline_PerRowTuple</c>), while a reference bound once to <c>stats[0]</c> above the row loop still carries
/// the fold across the rows. A helper delivering its sum or max through an <c>out</c> argument that declares its variable
/// (<c>Helper(row, out double s)</c>) is inlined like a helper that returns it (<c>InOutParams_OutRowSumTotal</c>).
/// Each marked line must be reported with its ID, and nothing else.
/// </summary>
public class SoftmaxModelRefBindingTests
{
    /// <summary>Struct statistics reached through ref locals: correct forms silent, a ref bound once above the rows reported.</summary>
    [Theory]
    [MemberData(nameof(RefCases))]
    public async Task RefBoundStatistics(string name) => await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Sources[name]);

    /// <summary>Sums and maxima delivered through an out argument of a helper.</summary>
    [Theory]
    [MemberData(nameof(OutCases))]
    public async Task OutArguments(string name) => await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Sources[name]);

    /// <summary>Case names of <see cref="RefBoundStatistics"/>.</summary>
    public static TheoryData<string> RefCases => new() { "RefLocalPerRow_OnlineTwoD", "RefReadonlyFinalPass_TwoD", "RefLocalPerRow_FlatFloatTwoPass", "RefLocalFirstSlot_FlatFloatTwoPass", "RefForeachElement_Jagged", "RefLocalFirstSlot_OnlineTwoD", "RefSpanElement_FloatRows", "RefWholeValueReset_Jagged", "RefWholeValueResetFirstSlot_Jagged" };

    /// <summary>Case names of <see cref="OutArguments"/>.</summary>
    public static TheoryData<string> OutCases => new() { "OutSumHelper_FlatSpans", "OutSumHelper_TwoDTotal", "OutSumHelper_TwoDPerRow", "OutRawExpHelper_JaggedFloat", "OutShiftedExpHelper_JaggedFloat", "OutMaxHelper_TwoD" };

    private static readonly Dictionary<string, string> Sources = new()
    {
        // ref var st = ref stats[b] per row, online fold through st, 2D double: silent
        ["RefLocalPerRow_OnlineTwoD"] = """
            using System;

            namespace HeldOut76.RefStateOnline_PerRowTuple;

            public struct RunningStats
            {
                public double Max;
                public double Sum;
            }

            public static class Online
            {
                public static double[,] Softmax(double[,] x)
                {
                    int batch = x.GetLength(0), classes = x.GetLength(1);
                    var stats = new RunningStats[batch];
                    for (int b = 0; b < batch; b++)
                    {
                        ref RunningStats st = ref stats[b];
                        st.Max = double.NegativeInfinity;
                        st.Sum = 0.0;
                        for (int c = 0; c < classes; c++)
                        {
                            double v = x[b, c];
                            if (v > st.Max)
                            {
                                st.Sum = st.Sum * Math.Exp(st.Max - v) + 1.0;
                                st.Max = v;
                            }
                            else
                            {
                                st.Sum += Math.Exp(v - st.Max);
                            }
                        }
                    }

                    var y = new double[batch, classes];
                    for (int b = 0; b < batch; b++)
                    {
                        
                        for (int c = 0; c < classes; c++)
                        {
                            y[b, c] = Math.Exp(x[b, c] - stats[b].Max) / stats[b].Sum;
                        }
                    }

                    return y;
                }
            }
            """,
        // fold on stats[b].Max, final pass through ref readonly st = ref stats[b]: silent
        ["RefReadonlyFinalPass_TwoD"] = """
            using System;

            namespace HeldOut76.RefStateOnline_PerRowTuple;

            public struct RunningStats
            {
                public double Max;
                public double Sum;
            }

            public static class Online
            {
                public static double[,] Softmax(double[,] x)
                {
                    int batch = x.GetLength(0), classes = x.GetLength(1);
                    var stats = new RunningStats[batch];
                    for (int b = 0; b < batch; b++)
                    {
                        
                        stats[b].Max = double.NegativeInfinity;
                        stats[b].Sum = 0.0;
                        for (int c = 0; c < classes; c++)
                        {
                            double v = x[b, c];
                            if (v > stats[b].Max)
                            {
                                stats[b].Sum = stats[b].Sum * Math.Exp(stats[b].Max - v) + 1.0;
                                stats[b].Max = v;
                            }
                            else
                            {
                                stats[b].Sum += Math.Exp(v - stats[b].Max);
                            }
                        }
                    }

                    var y = new double[batch, classes];
                    for (int b = 0; b < batch; b++)
                    {
                        ref readonly RunningStats st = ref stats[b];
                        for (int c = 0; c < classes; c++)
                        {
                            y[b, c] = Math.Exp(x[b, c] - st.Max) / st.Sum;
                        }
                    }

                    return y;
                }
            }
            """,
        // flat float, two-pass fold on st.Max / st.Sum through a per-row ref: silent
        ["RefLocalPerRow_FlatFloatTwoPass"] = """
            using System;
            public struct Stats { public float Max; public float Sum; }
            public static class Repro
            {
                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    var stats = new Stats[rows];
                    for (int r = 0; r < rows; r++)
                    {
                        ref Stats st = ref stats[r];
                        st.Max = float.NegativeInfinity;
                        for (int j = 0; j < cols; j++) st.Max = MathF.Max(st.Max, x[r * cols + j]);
                        st.Sum = 0f;
                        for (int j = 0; j < cols; j++) st.Sum += y[r * cols + j] = MathF.Exp(x[r * cols + j] - st.Max);
                    }
                    for (int r = 0; r < rows; r++)
                    {
                        ref readonly Stats st = ref stats[r];
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= st.Sum;
                    }
                }
            }
            """,
        // the same with st bound once to stats[0] above the row loop: LG0001 + LG0002
        ["RefLocalFirstSlot_FlatFloatTwoPass"] = """
            using System;
            public struct Stats { public float Max; public float Sum; }
            public static class Repro
            {
                public static void Run(float[] x, float[] y, int rows, int cols)
                {
                    var stats = new Stats[rows];
                    ref Stats st = ref stats[0];
                    st.Max = float.NegativeInfinity;
                    st.Sum = 0f;
                    for (int r = 0; r < rows; r++)
                    {
                        for (int j = 0; j < cols; j++) st.Max = MathF.Max(st.Max, x[r * cols + j]); //~ LG0001
                        for (int j = 0; j < cols; j++) st.Sum += y[r * cols + j] = MathF.Exp(x[r * cols + j] - st.Max); //~ LG0002
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= st.Sum;
                    }
                }
            }
            """,
        // foreach (ref Stats st in stats.AsSpan()) per row, jagged double: silent
        ["RefForeachElement_Jagged"] = """
            using System;
            public struct Stats { public double Max; public double Sum; }
            public static class Repro
            {
                public static double[][] Run(double[][] x)
                {
                    var stats = new Stats[x.Length];
                    var y = new double[x.Length][];
                    int b = 0;
                    foreach (ref Stats st in stats.AsSpan())
                    {
                        st.Max = double.NegativeInfinity;
                        foreach (double v in x[b]) st.Max = Math.Max(st.Max, v);
                        y[b] = new double[x[b].Length];
                        st.Sum = 0.0;
                        for (int c = 0; c < x[b].Length; c++) st.Sum += y[b][c] = Math.Exp(x[b][c] - st.Max);
                        for (int c = 0; c < x[b].Length; c++) y[b][c] /= st.Sum;
                        b++;
                    }
                    return y;
                }
            }
            """,
        // online fold through ref st = ref stats[0] bound above the row loop: LG0001 + LG0002 at the fold
        ["RefLocalFirstSlot_OnlineTwoD"] = """
            using System;
            public struct RunningStats { public double Max; public double Sum; }
            public static class Repro
            {
                public static double[,] Run(double[,] x)
                {
                    int batch = x.GetLength(0), classes = x.GetLength(1);
                    var stats = new RunningStats[batch];
                    ref RunningStats st = ref stats[0];
                    st.Max = double.NegativeInfinity;
                    st.Sum = 0.0;
                    for (int b = 0; b < batch; b++)
                    {
                        for (int c = 0; c < classes; c++)
                        {
                            double v = x[b, c];
                            if (v > st.Max) //~ LG0001 LG0002
                            {
                                st.Sum = st.Sum * Math.Exp(st.Max - v) + 1.0;
                                st.Max = v;
                            }
                            else
                            {
                                st.Sum += Math.Exp(v - st.Max);
                            }
                        }
                    }
                    var y = new double[batch, classes];
                    for (int b = 0; b < batch; b++)
                        for (int c = 0; c < classes; c++) y[b, c] = Math.Exp(x[b, c] - st.Max) / st.Sum;
                    return y;
                }
            }
            """,
        // ref Stats st = ref stats[r] of a Span<Stats>, row slices: silent
        ["RefSpanElement_FloatRows"] = """
            using System;
            public struct Stats { public float Max; public float Sum; }
            public static class Repro
            {
                public static void Run(ReadOnlySpan<float> x, Span<float> y, Span<Stats> stats, int cols)
                {
                    for (int r = 0; r < stats.Length; r++)
                    {
                        ref Stats st = ref stats[r];
                        var row = x.Slice(r * cols, cols);
                        st.Max = float.NegativeInfinity;
                        foreach (float v in row) st.Max = MathF.Max(st.Max, v);
                        st.Sum = 0f;
                        foreach (float v in row) st.Sum += MathF.Exp(v - st.Max);
                    }
                    for (int r = 0; r < stats.Length; r++)
                    {
                        ref readonly Stats st = ref stats[r];
                        for (int j = 0; j < cols; j++) y[r * cols + j] = MathF.Exp(x[r * cols + j] - st.Max) / st.Sum;
                    }
                }
            }
            """,
        // st = default through a per-row ref, then the folds: silent
        ["RefWholeValueReset_Jagged"] = """
            using System;
            public struct Stats { public double Max; public double Sum; }
            public static class Repro
            {
                public static double[][] Run(double[][] x)
                {
                    var stats = new Stats[x.Length];
                    for (int b = 0; b < x.Length; b++)
                    {
                        ref var st = ref stats[b];
                        st = default;
                        st.Max = double.NegativeInfinity;
                        for (int c = 0; c < x[b].Length; c++) if (x[b][c] > st.Max) st.Max = x[b][c];
                        for (int c = 0; c < x[b].Length; c++) st.Sum += Math.Exp(x[b][c] - st.Max);
                    }
                    var y = new double[x.Length][];
                    for (int b = 0; b < x.Length; b++)
                    {
                        y[b] = new double[x[b].Length];
                        for (int c = 0; c < x[b].Length; c++) y[b][c] = Math.Exp(x[b][c] - stats[b].Max) / stats[b].Sum;
                    }
                    return y;
                }
            }
            """,
        // st = default through a ref bound to stats[0] above the rows: LG0001 + LG0002
        ["RefWholeValueResetFirstSlot_Jagged"] = """
            using System;
            public struct Stats { public double Max; public double Sum; }
            public static class Repro
            {
                public static double[][] Run(double[][] x)
                {
                    var stats = new Stats[x.Length];
                    ref var st = ref stats[0];
                    st = default;
                    st.Max = double.NegativeInfinity;
                    for (int b = 0; b < x.Length; b++)
                    {
                        for (int c = 0; c < x[b].Length; c++) if (x[b][c] > st.Max) st.Max = x[b][c]; //~ LG0001
                        for (int c = 0; c < x[b].Length; c++) st.Sum += Math.Exp(x[b][c] - st.Max); //~ LG0002
                    }
                    var y = new double[x.Length][];
                    for (int b = 0; b < x.Length; b++)
                    {
                        y[b] = new double[x[b].Length];
                        for (int c = 0; c < x[b].Length; c++) y[b][c] = Math.Exp(x[b][c] - st.Max) / st.Sum;
                    }
                    return y;
                }
            }
            """,
        // HeldOut76's form: total += rowSum of an out argument, total above the row loop: LG0002
        ["OutSumHelper_FlatSpans"] = """
            using System;

            namespace HeldOut76.InOutParams_OutRowSumTotal;

            public static class FlatSoftmax
            {
                private static void ShiftedExp(ReadOnlySpan<double> src, Span<double> dst, out double rowSum)
                {
                    double peak = double.NegativeInfinity;
                    for (int i = 0; i < src.Length; i++)
                    {
                        peak = Math.Max(peak, src[i]);
                    }

                    rowSum = 0.0;
                    for (int i = 0; i < src.Length; i++)
                    {
                        dst[i] = Math.Exp(src[i] - peak);
                        rowSum += dst[i];
                    }
                }

                public static void Run(double[] x, double[] y, int classes)
                {
                    int batch = x.Length / classes;
                    double total = 0.0;
                    for (int r = 0; r < batch; r++)
                    {
                        var dst = y.AsSpan(r * classes, classes);
                        ShiftedExp(x.AsSpan(r * classes, classes), dst, out double rowSum);
                        total += rowSum; //~ LG0002
                        for (int i = 0; i < classes; i++)
                        {
                            dst[i] /= total;
                        }
                    }
                }
            }
            """,
        // 2D double, Fill(..., out double s); total += s above the rows: LG0002
        ["OutSumHelper_TwoDTotal"] = """
            using System;
            public static class Repro
            {
                private static void Fill(double[,] x, double[,] y, int b, int classes, out double sum)
                {
                    double peak = double.NegativeInfinity;
                    for (int c = 0; c < classes; c++) peak = Math.Max(peak, x[b, c]);
                    sum = 0;
                    for (int c = 0; c < classes; c++) sum += y[b, c] = Math.Exp(x[b, c] - peak);
                }

                public static double[,] Run(double[,] x)
                {
                    int batch = x.GetLength(0), classes = x.GetLength(1);
                    var y = new double[batch, classes];
                    double total = 0;
                    for (int b = 0; b < batch; b++)
                    {
                        Fill(x, y, b, classes, out double s);
                        total += s; //~ LG0002
                    }
                    for (int b = 0; b < batch; b++)
                        for (int c = 0; c < classes; c++) y[b, c] /= total;
                    return y;
                }
            }
            """,
        // the same with total reset per row: silent
        ["OutSumHelper_TwoDPerRow"] = """
            using System;
            public static class Repro
            {
                private static void Fill(double[,] x, double[,] y, int b, int classes, out double sum)
                {
                    double peak = double.NegativeInfinity;
                    for (int c = 0; c < classes; c++) peak = Math.Max(peak, x[b, c]);
                    sum = 0;
                    for (int c = 0; c < classes; c++) sum += y[b, c] = Math.Exp(x[b, c] - peak);
                }

                public static double[,] Run(double[,] x)
                {
                    int batch = x.GetLength(0), classes = x.GetLength(1);
                    var y = new double[batch, classes];
                    for (int b = 0; b < batch; b++)
                    {
                        double total = 0;
                        Fill(x, y, b, classes, out double s);
                        total += s;
                        for (int c = 0; c < classes; c++) y[b, c] /= total;
                    }
                    return y;
                }
            }
            """,
        // an exp helper without a shift reporting its sum through out var s: LG0003 (an inlined helper's exp is reported at the call)
        ["OutRawExpHelper_JaggedFloat"] = """
            using System;
            public static class Repro
            {
                private static void Exps(float[] row, float[] dst, out float sum)
                {
                    sum = 0f;
                    for (int j = 0; j < row.Length; j++)
                    {
                        dst[j] = MathF.Exp(row[j]);
                        sum += dst[j];
                    }
                }

                public static float[][] Run(float[][] x)
                {
                    var y = new float[x.Length][];
                    for (int r = 0; r < x.Length; r++)
                    {
                        y[r] = new float[x[r].Length];
                        Exps(x[r], y[r], out var s); //~ LG0003
                        for (int j = 0; j < y[r].Length; j++) y[r][j] /= s;
                    }
                    return y;
                }
            }
            """,
        // the shifted twin: silent
        ["OutShiftedExpHelper_JaggedFloat"] = """
            using System;
            public static class Repro
            {
                private static void Exps(float[] row, float[] dst, out float sum)
                {
                    float m = float.NegativeInfinity;
                    foreach (float v in row) m = MathF.Max(m, v);
                    sum = 0f;
                    for (int j = 0; j < row.Length; j++)
                    {
                        dst[j] = MathF.Exp(row[j] - m);
                        sum += dst[j];
                    }
                }

                public static float[][] Run(float[][] x)
                {
                    var y = new float[x.Length][];
                    for (int r = 0; r < x.Length; r++)
                    {
                        y[r] = new float[x[r].Length];
                        Exps(x[r], y[r], out var s);
                        for (int j = 0; j < y[r].Length; j++) y[r][j] /= s;
                    }
                    return y;
                }
            }
            """,
        // a per-row max delivered through out double m: silent
        ["OutMaxHelper_TwoD"] = """
            using System;
            public static class Repro
            {
                private static void Peak(double[,] x, int b, int classes, out double peak)
                {
                    peak = double.NegativeInfinity;
                    for (int c = 0; c < classes; c++) peak = Math.Max(peak, x[b, c]);
                }

                public static double[,] Run(double[,] x)
                {
                    int batch = x.GetLength(0), classes = x.GetLength(1);
                    var y = new double[batch, classes];
                    for (int b = 0; b < batch; b++)
                    {
                        Peak(x, b, classes, out double m);
                        double s = 0;
                        for (int c = 0; c < classes; c++) s += y[b, c] = Math.Exp(x[b, c] - m);
                        for (int c = 0; c < classes; c++) y[b, c] /= s;
                    }
                    return y;
                }
            }
            """,
    };
}
