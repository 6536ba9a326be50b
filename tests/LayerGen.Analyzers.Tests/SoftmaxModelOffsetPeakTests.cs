using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A maximum plus a term that is constant over the fold's walk is the maximum of the shifted values (HeldOut62's blind
/// miss in <c>ModelAveraging_ModelMajorJagged</c>): for <c>t</c> one number while the fold walks,
/// <c>t + max_k x_k = max_k (t + x_k)</c>, and so for <c>max + t</c>, <c>t - (-max)</c> and a loop fold
/// <c>best = Math.Max(best, t + x[k])</c>. A stored per-model peak <c>peak[m] = pr[m] + ev[m].Max()</c> (a max over the
/// datasets) subtracted from <c>pr[m] + ev[m][d]</c> in a softmax over the models is therefore LG0004 at the peak, not
/// LG0003 at the exp; the added term subtracted at the exp (<c>exp(pr[m] + ev[m][d] - (pr[m] + peak[m]))</c>) is the
/// same. A sum of two maxima is a bound over the union of their walks: <c>b.Max() + a[i].Max()</c> for the logits
/// <c>b[i] + a[i][j]</c> spans every row (LG0001: a row whose <c>b[i]</c> lies 1000 below <c>b.Max()</c> underflows to
/// 0/0). Correct twins (the peak per slice of the sum's axis, a constant added, the term added back on both sides, the
/// log-space HMM step <c>logb + max</c>) stay silent. Markers <c>//~ LG000N</c> name the expected line.
/// </summary>
public class SoftmaxModelOffsetPeakTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace OffsetPeaks;

        """;

    /// <summary>
    /// Model-major jagged <c>ev[model][dataset]</c>, softmax over the models for each dataset; the per-model peak is
    /// written by <paramref name="peak"/> inside <c>for (m)</c> and the exp's argument is <paramref name="exponent"/>.
    /// </summary>
    private static string ModelMajorJagged(string peak, string exponent, string type = "double", string exp = "Math.Exp") => Usings + $$"""
        public static class Bma
        {
            public static {{type}}[][] Weights({{type}}[][] ev, {{type}}[] pr)
            {
                int models = ev.Length, ds = ev[0].Length;
                var peak = new {{type}}[models];
                for (int m = 0; m < models; m++)
                {
                    {{peak}}
                }

                var res = new {{type}}[ds][];
                for (int d = 0; d < ds; d++)
                {
                    var w = new {{type}}[models];
                    {{type}} z = 0;
                    for (int m = 0; m < models; m++)
                    {
                        w[m] = {{exp}}({{exponent}});
                        z += w[m];
                    }

                    for (int m = 0; m < models; m++) w[m] /= z;
                    res[d] = w;
                }

                return res;
            }
        }
        """;

    /// <summary>Model-major <c>double[models, datasets]</c>, the same softmax over the models per dataset.</summary>
    private static string ModelMajorGrid(string peak, string exponent) => Usings + $$"""
        public static class Bma
        {
            public static double[,] Weights(double[,] ev, double[] pr)
            {
                int models = ev.GetLength(0), ds = ev.GetLength(1);
                var peak = new double[models];
                for (int m = 0; m < models; m++)
                {
                    {{peak}}
                }

                var res = new double[models, ds];
                for (int d = 0; d < ds; d++)
                {
                    double z = 0.0;
                    for (int m = 0; m < models; m++)
                    {
                        res[m, d] = Math.Exp({{exponent}});
                        z += res[m, d];
                    }

                    for (int m = 0; m < models; m++) res[m, d] /= z;
                }

                return res;
            }
        }
        """;

    /// <summary>Model-major flat <c>ev[m * ds + d]</c>, the same softmax over the models per dataset.</summary>
    private static string ModelMajorFlat(string peak, string exponent) => Usings + $$"""
        public static class Bma
        {
            public static double[] Weights(double[] ev, double[] pr, int ds)
            {
                int models = pr.Length;
                var peak = new double[models];
                for (int m = 0; m < models; m++)
                {
                    {{peak}}
                }

                var res = new double[ds * models];
                for (int d = 0; d < ds; d++)
                {
                    double z = 0.0;
                    for (int m = 0; m < models; m++)
                    {
                        res[d * models + m] = Math.Exp({{exponent}});
                        z += res[d * models + m];
                    }

                    for (int m = 0; m < models; m++) res[d * models + m] /= z;
                }

                return res;
            }
        }
        """;

    /// <summary>
    /// Model-major jagged with the peaks built by one LINQ statement <paramref name="peaks"/> (a <c>double[] peak</c>),
    /// the same softmax over the models per dataset.
    /// </summary>
    private static string ModelMajorLinq(string peaks, string exponent) => Usings + $$"""
        public static class Bma
        {
            public static double[][] Weights(double[][] ev, double[] pr)
            {
                int models = ev.Length, ds = ev[0].Length;
                {{peaks}}
                var res = new double[ds][];
                for (int d = 0; d < ds; d++)
                {
                    var w = new double[models];
                    double z = 0.0;
                    for (int m = 0; m < models; m++)
                    {
                        w[m] = Math.Exp({{exponent}});
                        z += w[m];
                    }

                    for (int m = 0; m < models; m++) w[m] /= z;
                    res[d] = w;
                }

                return res;
            }
        }
        """;

    /// <summary>
    /// Dataset-major jagged <c>ev[dataset][model]</c> (row-major: the softmax runs along each row), the peak per model
    /// written by <paramref name="peak"/> inside <c>for (m)</c>.
    /// </summary>
    private static string RowMajorJagged(string peak, string exponent) => Usings + $$"""
        public static class Bma
        {
            public static double[][] Weights(double[][] ev, double[] pr)
            {
                int ds = ev.Length, models = ev[0].Length;
                var peak = new double[models];
                for (int m = 0; m < models; m++)
                {
                    {{peak}}
                }

                var res = new double[ds][];
                for (int d = 0; d < ds; d++)
                {
                    var w = new double[models];
                    double z = 0.0;
                    for (int m = 0; m < models; m++)
                    {
                        w[m] = Math.Exp({{exponent}});
                        z += w[m];
                    }

                    for (int m = 0; m < models; m++) w[m] /= z;
                    res[d] = w;
                }

                return res;
            }
        }
        """;

    /// <summary>
    /// Row softmax of the logits <c>b[i] + a[i][j]</c> over a jagged <c>a</c>: <paramref name="before"/> above the row
    /// loop, <paramref name="peak"/> (declaring <c>peak</c>) at the top of each row.
    /// </summary>
    private static string RowShift(string before, string peak, string exponent = "b[i] + a[i][j]", string type = "double", string exp = "Math.Exp", string shift = "peak") => Usings + $$"""
        public static class Rows
        {
            public static {{type}}[][] Softmax({{type}}[][] a, {{type}}[] b)
            {
                var y = new {{type}}[a.Length][];
                {{before}}
                for (int i = 0; i < a.Length; i++)
                {
                    {{peak}}
                    y[i] = new {{type}}[a[i].Length];
                    {{type}} s = 0;
                    for (int j = 0; j < a[i].Length; j++)
                    {
                        y[i][j] = {{exp}}({{exponent}} - {{shift}});
                        s += y[i][j];
                    }

                    for (int j = 0; j < a[i].Length; j++) y[i][j] /= s;
                }

                return y;
            }
        }
        """;

    /// <summary>Row softmax of <c>b[i] + a[i, j]</c> over a <c>double[rows, cols]</c>, the peak per row from <paramref name="peak"/>.</summary>
    private static string RowShiftGrid(string before, string peak) => Usings + $$"""
        public static class Rows
        {
            public static double[,] Softmax(double[,] a, double[] b)
            {
                int rows = a.GetLength(0), cols = a.GetLength(1);
                var y = new double[rows, cols];
                {{before}}
                for (int i = 0; i < rows; i++)
                {
                    {{peak}}
                    double s = 0.0;
                    for (int j = 0; j < cols; j++)
                    {
                        y[i, j] = Math.Exp(b[i] + a[i, j] - peak);
                        s += y[i, j];
                    }

                    for (int j = 0; j < cols; j++) y[i, j] /= s;
                }

                return y;
            }
        }
        """;

    /// <summary>Row softmax of <c>b[i] + a[i * cols + j]</c> over a flat row-major <c>a</c>, the peak per row from <paramref name="peak"/>.</summary>
    private static string RowShiftFlat(string before, string peak) => Usings + $$"""
        public static class Rows
        {
            public static double[] Softmax(double[] a, double[] b, int cols)
            {
                int rows = b.Length;
                var y = new double[rows * cols];
                {{before}}
                for (int i = 0; i < rows; i++)
                {
                    {{peak}}
                    double s = 0.0;
                    for (int j = 0; j < cols; j++)
                    {
                        y[i * cols + j] = Math.Exp(b[i] + a[i * cols + j] - peak);
                        s += y[i * cols + j];
                    }

                    for (int j = 0; j < cols; j++) y[i * cols + j] /= s;
                }

                return y;
            }
        }
        """;

    /// <summary>
    /// Wrong-axis peaks (a max over one model's datasets, sums over the models per dataset) with a log prior added to
    /// the peak or subtracted at the exp: LG0004 at the fold. Numerically each model is shifted by its own row maximum,
    /// so the prior cancels and the weights are a wrong distribution (0/0 once a model's row lies 1000 below another's).
    /// </summary>
    public static TheoryData<string, string> WrongAxis() => new()
    {
        // HeldOut62's minimal reproduction and its mirrored sum.
        { "jagged prior + row Max()", ModelMajorJagged("peak[m] = pr[m] + ev[m].Max(); //~ LG0004", "pr[m] + ev[m][d] - peak[m]") },
        { "jagged row Max() + prior", ModelMajorJagged("peak[m] = ev[m].Max() + pr[m]; //~ LG0004", "pr[m] + ev[m][d] - peak[m]") },
        { "jagged prior minus negated Max()", ModelMajorJagged("peak[m] = pr[m] - (-ev[m].Max()); //~ LG0004", "pr[m] + ev[m][d] - peak[m]") },
        // The prior subtracted at the exp beside a plain stored peak.
        { "jagged (prior + peak) at the exp", ModelMajorJagged("peak[m] = ev[m].Max(); //~ LG0004", "pr[m] + ev[m][d] - (pr[m] + peak[m])") },
        { "jagged (peak + prior) at the exp", ModelMajorJagged("peak[m] = ev[m].Max(); //~ LG0004", "ev[m][d] + pr[m] - (peak[m] + pr[m])") },
        { "jagged LINQ Max(lambda) + prior", ModelMajorJagged("peak[m] = ev[m].Max(v => v) + pr[m]; //~ LG0004", "pr[m] + ev[m][d] - peak[m]") },
        { "float jagged prior + row Max()", ModelMajorJagged("peak[m] = pr[m] + ev[m].Max(); //~ LG0004", "pr[m] + ev[m][d] - peak[m]", "float", "MathF.Exp") },
        // A loop fold over the datasets, the prior added where the peak is stored.
        { "jagged loop fold then + prior", ModelMajorJagged("double best = double.NegativeInfinity; for (int d = 0; d < ds; d++) best = Math.Max(best, ev[m][d]); //~ LG0004\n            peak[m] = pr[m] + best;", "pr[m] + ev[m][d] - peak[m]") },
        { "jagged loop fold of prior + value", ModelMajorJagged("double best = double.NegativeInfinity; for (int d = 0; d < ds; d++) best = Math.Max(best, pr[m] + ev[m][d]); //~ LG0004\n            peak[m] = best;", "pr[m] + ev[m][d] - peak[m]") },
        { "jagged foreach fold then + prior", ModelMajorJagged("double best = double.NegativeInfinity; foreach (var v in ev[m]) if (v > best) best = v; //~ LG0004\n            peak[m] = best + pr[m];", "pr[m] + ev[m][d] - peak[m]") },
        { "grid loop fold then + prior", ModelMajorGrid("double best = double.NegativeInfinity; for (int d = 0; d < ds; d++) best = Math.Max(best, ev[m, d]); //~ LG0004\n            peak[m] = pr[m] + best;", "pr[m] + ev[m, d] - peak[m]") },
        { "grid while fold then + prior", ModelMajorGrid("double best = ev[m, 0]; int k = 1; while (k < ds) { best = Math.Max(best, ev[m, k]); k++; } //~ LG0004\n            peak[m] = pr[m] + best;", "pr[m] + ev[m, d] - peak[m]") },
        { "grid (prior + peak) at the exp", ModelMajorGrid("double best = double.NegativeInfinity; for (int d = 0; d < ds; d++) best = Math.Max(best, ev[m, d]); //~ LG0004\n            peak[m] = best;", "pr[m] + ev[m, d] - (pr[m] + peak[m])") },
        { "flat loop fold then + prior", ModelMajorFlat("double best = double.NegativeInfinity; for (int d = 0; d < ds; d++) best = Math.Max(best, ev[m * ds + d]); //~ LG0004\n            peak[m] = pr[m] + best;", "pr[m] + ev[m * ds + d] - peak[m]") },
        { "flat segment Max() + prior", ModelMajorFlat("peak[m] = pr[m] + new ArraySegment<double>(ev, m * ds, ds).Max(); //~ LG0004", "pr[m] + ev[m * ds + d] - peak[m]") },
        { "LINQ Select((row, m) => prior + row.Max())", ModelMajorLinq("var peak = ev.Select((row, m) => pr[m] + row.Max()).ToArray(); //~ LG0004", "pr[m] + ev[m][d] - peak[m]") },
        { "LINQ Range.Select(m => row Max() + prior)", ModelMajorLinq("var peak = Enumerable.Range(0, models).Select(m => ev[m].Max() + pr[m]).ToArray(); //~ LG0004", "pr[m] + ev[m][d] - peak[m]") },
        // Dataset-major rows: the softmax runs along each row, the peak down a column (over the datasets).
        { "row-major column fold then + prior", RowMajorJagged("double best = double.NegativeInfinity; for (int d = 0; d < ds; d++) best = Math.Max(best, ev[d][m]); //~ LG0004\n            peak[m] = pr[m] + best;", "pr[m] + ev[d][m] - peak[m]") },
        { "row-major column Max(lambda) + prior", RowMajorJagged("peak[m] = pr[m] + ev.Max(row => row[m]); //~ LG0004", "pr[m] + ev[d][m] - peak[m]") },
    };

    /// <summary>
    /// A sum of two maxima bounds over the union of their walks: <c>b.Max()</c> spans every row while the logits add the
    /// row's own <c>b[i]</c>. A row with <c>b[i]</c> 1000 below <c>b.Max()</c> underflows to 0/0: LG0001.
    /// </summary>
    public static TheoryData<string, string> OverWide() => new()
    {
        { "jagged b.Max() + a[i].Max()", RowShift("", "double peak = b.Max() + a[i].Max(); //~ LG0001") },
        { "jagged a[i].Max() + b.Max()", RowShift("", "double peak = a[i].Max() + b.Max(); //~ LG0001") },
        { "jagged hoisted b.Max() + row Max()", RowShift("double top = b.Max(); //~ LG0001", "double peak = top + a[i].Max();") },
        { "float jagged b.Max() + a[i].Max()", RowShift("", "float peak = b.Max() + a[i].Max(); //~ LG0001", "b[i] + a[i][j]", "float", "MathF.Exp") },
        { "jagged hoisted fold + row fold", RowShift("double top = double.NegativeInfinity; foreach (var v in b) top = Math.Max(top, v); //~ LG0001", "double best = double.NegativeInfinity; for (int k = 0; k < a[i].Length; k++) best = Math.Max(best, a[i][k]);\n            double peak = top + best;") },
        { "grid hoisted fold + row fold", RowShiftGrid("double top = double.NegativeInfinity; for (int r = 0; r < rows; r++) top = Math.Max(top, b[r]); //~ LG0001", "double best = double.NegativeInfinity; for (int k = 0; k < cols; k++) best = Math.Max(best, a[i, k]);\n            double peak = best + top;") },
        { "flat b.Max() + row fold", RowShiftFlat("", "double best = double.NegativeInfinity; for (int k = 0; k < cols; k++) best = Math.Max(best, a[i * cols + k]);\n            double peak = b.Max() + best; //~ LG0001") },
    };

    /// <summary>
    /// Correct twins: the peak is the maximum of the row's own logits (a per-row term plus the row's maximum, folded per
    /// slice of the sum's axis), a constant added, or the term added back on both sides. Finite and exact for rows
    /// offset by ±1000 and for one row far below the others.
    /// </summary>
    public static TheoryData<string, string> Correct() => new()
    {
        { "jagged b[i] + a[i].Max()", RowShift("", "double peak = b[i] + a[i].Max();") },
        { "jagged a[i].Max() + b[i]", RowShift("", "double peak = a[i].Max() + b[i];") },
        { "jagged b[i] - (-a[i].Max())", RowShift("", "double peak = b[i] - (-a[i].Max());") },
        { "float jagged b[i] + a[i].Max()", RowShift("", "float peak = b[i] + a[i].Max();", "b[i] + a[i][j]", "float", "MathF.Exp") },
        { "jagged row fold + b[i]", RowShift("", "double best = double.NegativeInfinity; foreach (var v in a[i]) best = Math.Max(best, v);\n            double peak = best + b[i];") },
        { "jagged fold of b[i] + value", RowShift("", "double peak = double.NegativeInfinity; for (int k = 0; k < a[i].Length; k++) peak = Math.Max(peak, b[i] + a[i][k]);") },
        { "grid row fold + b[i]", RowShiftGrid("", "double best = double.NegativeInfinity; for (int k = 0; k < cols; k++) best = Math.Max(best, a[i, k]);\n            double peak = b[i] + best;") },
        { "flat row fold + b[i]", RowShiftFlat("", "double best = double.NegativeInfinity; for (int k = 0; k < cols; k++) best = Math.Max(best, a[i * cols + k]);\n            double peak = b[i] + best;") },
        { "flat segment Max() + b[i]", RowShiftFlat("", "double peak = b[i] + new ArraySegment<double>(a, i * cols, cols).Max();") },
        // A constant added to the row's peak: still ≥ the row's logits minus 1 (exps ≤ e^-1), never 0/0.
        { "jagged a[i].Max() + 1.0", RowShift("", "double peak = a[i].Max() + 1.0;", "a[i][j]") },
        // The row's term added back on both sides of the subtraction.
        { "jagged (b[i] + peak) at the exp", RowShift("", "double peak = a[i].Max();", shift: "(b[i] + peak)") },
        { "jagged (peak + b[i]) at the exp", RowShift("", "double peak = a[i].Max();", "a[i][j] + b[i]", shift: "(peak + b[i])") },
        { "jagged logits minus (peak + b[i])", RowShift("", "double top = a[i].Max(); double peak = top + b[i];") },
        // Stored per-row peaks, read in a later loop.
        { "stored row peaks with a row term", StoredRowPeaks("peak[i] = b[i] + a[i].Max();") },
        { "stored row peaks, term mirrored", StoredRowPeaks("peak[i] = a[i].Max() + b[i];") },
        // The peak per dataset over the models (the right axis) in the model-major layout.
        { "model-major fold per dataset", PerDatasetFold },
        // The log-space HMM forward step: la[t][j] = logb[t][j] + max + log Σ exp(… - max), normalised per step.
        { "HMM log-space step logb + max", HmmLogSpace },
    };

    /// <summary>Per-row peaks stored in <c>peak[i]</c> by <paramref name="store"/>, then the row softmax of <c>b[i] + a[i][j]</c>.</summary>
    private static string StoredRowPeaks(string store) => Usings + $$"""
        public static class Rows
        {
            public static double[][] Softmax(double[][] a, double[] b)
            {
                var peak = new double[a.Length];
                for (int i = 0; i < a.Length; i++)
                {
                    {{store}}
                }

                var y = new double[a.Length][];
                for (int i = 0; i < a.Length; i++)
                {
                    y[i] = new double[a[i].Length];
                    double s = 0.0;
                    for (int j = 0; j < a[i].Length; j++)
                    {
                        y[i][j] = Math.Exp(b[i] + a[i][j] - peak[i]);
                        s += y[i][j];
                    }

                    for (int j = 0; j < a[i].Length; j++) y[i][j] /= s;
                }

                return y;
            }
        }
        """;

    private static readonly string PerDatasetFold = Usings + """
        public static class Bma
        {
            public static double[][] Weights(double[][] ev, double[] pr)
            {
                int models = ev.Length, ds = ev[0].Length;
                var res = new double[ds][];
                for (int d = 0; d < ds; d++)
                {
                    double best = double.NegativeInfinity;
                    for (int m = 0; m < models; m++) best = Math.Max(best, pr[m] + ev[m][d]);
                    var w = new double[models];
                    double z = 0.0;
                    for (int m = 0; m < models; m++)
                    {
                        w[m] = Math.Exp(pr[m] + ev[m][d] - best);
                        z += w[m];
                    }

                    for (int m = 0; m < models; m++) w[m] /= z;
                    res[d] = w;
                }

                return res;
            }
        }
        """;

    private static readonly string HmmLogSpace = Usings + """
        public static class Hmm
        {
            public static double[][] Filter(double[][] logB, double[][] logA, double[] logPi)
            {
                int steps = logB.Length, states = logPi.Length;
                var la = new double[steps][];
                var post = new double[steps][];
                la[0] = new double[states];
                for (int j = 0; j < states; j++) la[0][j] = logPi[j] + logB[0][j];
                for (int t = 1; t < steps; t++)
                {
                    la[t] = new double[states];
                    for (int j = 0; j < states; j++)
                    {
                        double max = double.NegativeInfinity;
                        for (int i = 0; i < states; i++) max = Math.Max(max, la[t - 1][i] + logA[i][j]);
                        double acc = 0.0;
                        for (int i = 0; i < states; i++) acc += Math.Exp(la[t - 1][i] + logA[i][j] - max);
                        la[t][j] = logB[t][j] + max + Math.Log(acc);
                    }
                }

                for (int t = 0; t < steps; t++)
                {
                    double top = la[t].Max();
                    post[t] = new double[states];
                    double z = 0.0;
                    for (int j = 0; j < states; j++)
                    {
                        post[t][j] = Math.Exp(la[t][j] - top);
                        z += post[t][j];
                    }

                    for (int j = 0; j < states; j++) post[t][j] /= z;
                }

                return post;
            }
        }
        """;

    [Theory]
    [MemberData(nameof(WrongAxis))]
    public async Task PeakPlusATermOverTheWrongAxis_IsLG0004AtTheFold(string name, string source)
    {
        _ = name;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    [Theory]
    [MemberData(nameof(OverWide))]
    public async Task SumOfTwoMaximaOverEveryRow_IsLG0001(string name, string source)
    {
        _ = name;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    [Theory]
    [MemberData(nameof(Correct))]
    public async Task PeakPlusATermOfTheRow_StaysSilent(string name, string source)
    {
        _ = name;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
