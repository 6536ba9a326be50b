using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// LG0003 for exps "shifted" by something that is no maximum of the exponentiated values (review42 A13/A14): a shift
/// cancelled by adding the same maximum back (<c>x - m + m2</c> with <c>m2 = m</c>), a maximum of the negated data
/// used on the data itself (<c>m = max(-x)</c>, <c>exp(x - m)</c> is <c>exp(x + min x)</c>), a softmin shifted by the
/// maximum of the data (<c>exp(-x - max x)</c>), and loop means (a loop total divided; <c>Average()</c> is not judged,
/// ShiftFormsRewrittenDataTests). Each buggy
/// method overflows or underflows at offset ±1000; every concept has correct twins in the same spellings that must
/// stay silent (softmin via <c>max(-x)</c>, a copied maximum used alone, a mean that cancels).
/// </summary>
public class ShiftFormsNonMaximumTests
{
    [Fact]
    public Task CancelledShift_Reported() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void CopyAddedBack(double[] x, double[] y)
            {
                double m = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i]);
                double m2 = m;
                double s = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i] - m + m2); s += y[i]; } //~ LG0003
                for (int i = 0; i < x.Length; i++) y[i] /= s;
            }

            static void SameMaxAddedBack(float[] x, float[] y)
            {
                float m = float.NegativeInfinity;
                foreach (float v in x) m = MathF.Max(m, v);
                float s = 0f;
                int j = 0;
                while (j < x.Length) { y[j] = MathF.Exp(x[j] + m - m); s += y[j]; j++; } //~ LG0003
                for (j = 0; j < x.Length; j++) y[j] /= s;
            }

            static void CopyAddedBackRows(float[,] x, float[,] y)
            {
                int rows = x.GetLength(0), cols = x.GetLength(1);
                for (int r = 0; r < rows; r++)
                {
                    float m = float.NegativeInfinity;
                    for (int c = 0; c < cols; c++) if (x[r, c] > m) m = x[r, c];
                    float keep = m;
                    float s = 0f;
                    for (int c = 0; c < cols; c++) { y[r, c] = MathF.Exp((x[r, c] - m) + keep); s += y[r, c]; } //~ LG0003
                    for (int c = 0; c < cols; c++) y[r, c] /= s;
                }
            }

            static double[] LinqCopyAddedBack(double[] x)
            {
                double m = x.Max();
                double back = m;
                // Pinned gap: a copy read inside a lambda is not followed (the flow index sees no kill of the lambda's own).
                var e = x.Select(v => Math.Exp(v - m + back)).ToArray();
                double s = e.Sum();
                return e.Select(v => v / s).ToArray();
            }
        }
        """);

    [Fact]
    public Task CancelledShift_CorrectTwins_Silent() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void CopyUsedAlone(double[] x, double[] y)
            {
                double m = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i]);
                double m2 = m;
                double s = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i] - m2); s += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= s;
            }

            static void CopyAddedAndSubtracted(float[] x, float[] y)
            {
                float m = float.NegativeInfinity;
                foreach (float v in x) m = MathF.Max(m, v);
                float m2 = m;
                float s = 0f;
                int j = 0;
                while (j < x.Length) { y[j] = MathF.Exp(x[j] + m2 - m - m2); s += y[j]; j++; }
                for (j = 0; j < x.Length; j++) y[j] /= s;
            }

            static void MeanCancelsRows(float[,] x, float[,] y)
            {
                int rows = x.GetLength(0), cols = x.GetLength(1);
                for (int r = 0; r < rows; r++)
                {
                    float m = float.NegativeInfinity, t = 0f;
                    for (int c = 0; c < cols; c++) { if (x[r, c] > m) m = x[r, c]; t += x[r, c]; }
                    float mean = t / cols;
                    float s = 0f;
                    for (int c = 0; c < cols; c++) { y[r, c] = MathF.Exp((x[r, c] - mean) - (m - mean)); s += y[r, c]; }
                    for (int c = 0; c < cols; c++) y[r, c] /= s;
                }
            }

            static double[] LinqCopyUsedAlone(double[] x)
            {
                double m = x.Max();
                double shift = m;
                var e = x.Select(v => Math.Exp(v - shift)).ToArray();
                double s = e.Sum();
                return e.Select(v => v / s).ToArray();
            }
        }
        """);

    [Fact]
    public Task MaxOfNegatedDataOnTheData_Reported() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void LoopMaxOfNegated(double[] x, double[] y)
            {
                double m = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) m = Math.Max(m, -x[i]);
                double s = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i] - m); s += y[i]; } //~ LG0003
                for (int i = 0; i < x.Length; i++) y[i] /= s;
            }

            static void ForeachGuardedMaxOfNegated(float[] x, float[] y)
            {
                float m = float.NegativeInfinity;
                foreach (float v in x) if (-v > m) m = -v;
                float s = 0f;
                for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(x[i] + m); s += y[i]; } //~ LG0003
                for (int i = 0; i < x.Length; i++) y[i] /= s;
            }

            static void RowsMaxOfNegated(float[][] x, float[][] y)
            {
                for (int r = 0; r < x.Length; r++)
                {
                    float[] row = x[r];
                    float m = float.NegativeInfinity;
                    int c = 0;
                    while (c < row.Length) { m = Math.Max(m, -row[c]); c++; }
                    float s = 0f;
                    for (c = 0; c < row.Length; c++) { y[r][c] = MathF.Exp(row[c] - m); s += y[r][c]; } //~ LG0003
                    for (c = 0; c < row.Length; c++) y[r][c] /= s;
                }
            }

            static double[] LinqSelectorMaxOfNegated(double[] x)
            {
                double m = x.Max(v => -v);
                var e = x.Select(v => Math.Exp(v - m)).ToArray(); //~ LG0003
                double s = e.Sum();
                return e.Select(v => v / s).ToArray();
            }

            static void SoftminShiftedByTheMaximum(double[] x, double[] y)
            {
                double m = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i]);
                double s = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(-x[i] - m); s += y[i]; } //~ LG0003
                for (int i = 0; i < x.Length; i++) y[i] /= s;
            }
        }
        """);

    [Fact]
    public Task MaxOfNegatedData_CorrectTwins_Silent() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void SoftminLoop(double[] x, double[] y)
            {
                double m = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) m = Math.Max(m, -x[i]);
                double s = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(-x[i] - m); s += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= s;
            }

            static void SoftminRows(float[][] x, float[][] y)
            {
                for (int r = 0; r < x.Length; r++)
                {
                    float[] row = x[r];
                    float m = float.NegativeInfinity;
                    int c = 0;
                    while (c < row.Length) { m = Math.Max(m, -row[c]); c++; }
                    float s = 0f;
                    for (c = 0; c < row.Length; c++) { y[r][c] = MathF.Exp(-row[c] - m); s += y[r][c]; }
                    for (c = 0; c < row.Length; c++) y[r][c] /= s;
                }
            }

            static double[] SoftminLinqSelector(double[] x)
            {
                double m = x.Max(v => -v);
                var e = x.Select(v => Math.Exp(-v - m)).ToArray();
                double s = e.Sum();
                return e.Select(v => v / s).ToArray();
            }

            static void SoftminByTheMinimum(double[] x, double[] y)
            {
                double m = double.PositiveInfinity;
                for (int i = 0; i < x.Length; i++) m = Math.Min(m, x[i]);
                double s = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(m - x[i]); s += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= s;
            }
        }
        """);

    [Fact(Skip = "known false positive, main too: LG0003 on a softmin whose max of -v is folded by an if-guard, and on exp(x + min(-x)); reported outside ShiftForms.cs (not found before the stop's end)")]
    public Task MaxOfNegatedData_CorrectTwinsMainReports_Silent() => AssertMarkedAsync("""
        using System;
        static class S
        {
            static void SoftminForeachGuarded(float[] x, float[] y)
            {
                float m = float.NegativeInfinity;
                foreach (float v in x) if (-v > m) m = -v;
                float s = 0f;
                for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(-(x[i] + m)); s += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= s;
            }

            static void MinOfNegatedAdded(double[] x, double[] y)
            {
                double m = double.PositiveInfinity;
                for (int i = 0; i < x.Length; i++) m = Math.Min(m, -x[i]);
                double s = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i] + m); s += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= s;
            }
        }
        """);

    [Fact]
    public Task MeanShift_Reported() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static void LoopMeanDivided(double[] x, double[] y)
            {
                double mean = 0;
                for (int i = 0; i < x.Length; i++) mean += x[i];
                mean /= x.Length;
                double s = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i] - mean); s += y[i]; } //~ LG0003
                for (int i = 0; i < x.Length; i++) y[i] /= s;
            }

            static void RowMeanLocal(float[,] x, float[,] y)
            {
                int rows = x.GetLength(0), cols = x.GetLength(1);
                for (int r = 0; r < rows; r++)
                {
                    float t = 0f;
                    for (int c = 0; c < cols; c++) t += x[r, c];
                    float mean = t / cols;
                    float s = 0f;
                    for (int c = 0; c < cols; c++) { y[r, c] = MathF.Exp(x[r, c] - mean); s += y[r, c]; } //~ LG0003
                    for (int c = 0; c < cols; c++) y[r, c] /= s;
                }
            }
        }
        """);

    [Fact]
    public Task MeanShift_CorrectTwins_Silent() => AssertMarkedAsync("""
        using System;
        using System.Linq;
        static class S
        {
            static double[] CentredThenMaxOfCentred(double[] x)
            {
                double c = Enumerable.Average(x);
                var z = x.Select(v => v - c).ToArray();
                double m = z.Max();
                var e = z.Select(v => Math.Exp(v - m)).ToArray();
                double s = e.Sum();
                return e.Select(v => v / s).ToArray();
            }

            static void AverageCancelsInLoop(float[] x, float[] y)
            {
                float m = x.Max();
                float s = 0f;
                for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(x[i] - x.Average() - (m - x.Average())); s += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= s;
            }

            static void LoopMeanThenMax(double[] x, double[] y)
            {
                double mean = 0, m = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) { mean += x[i]; m = Math.Max(m, x[i]); }
                mean /= x.Length;
                double s = 0;
                for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i] - mean - (m - mean)); s += y[i]; }
                for (int i = 0; i < x.Length; i++) y[i] /= s;
            }

            static void RowMaxLocal(float[,] x, float[,] y)
            {
                int rows = x.GetLength(0), cols = x.GetLength(1);
                for (int r = 0; r < rows; r++)
                {
                    float m = float.NegativeInfinity;
                    for (int c = 0; c < cols; c++) m = MathF.Max(m, x[r, c]);
                    float s = 0f;
                    for (int c = 0; c < cols; c++) { y[r, c] = MathF.Exp(x[r, c] - m); s += y[r, c]; }
                    for (int c = 0; c < cols; c++) y[r, c] /= s;
                }
            }
        }
        """);

    private static Task AssertMarkedAsync(string source) => SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
}
