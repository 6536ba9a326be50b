// Correct twins of ShiftForms_WrongShifts (our own code after the stop-41 review's A05/A08/A14 cases): each logit's
// maximum subtracted with the logit's own coefficient, in any spelling (x/T − m/T, −(m − x)·invT, x·2 − m·2, a·v − a·m,
// (v − m)·a, a·v + negShift with negShift = −a·m, v/a − m/a), softmin as exp(min − x) or exp(−(x − min)), and logits
// x + b with the maximum taken over x + b. Every method is correct (checked numerically): no diagnostic.
using System;
using System.Linq;

namespace Recreations.ShiftForms_RightShifts;

public static class RightShifts
{
    public static void Temperatures(float[] x, float T, float[] y, float[] z, float[] w)
    {
        float m = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++) m = MathF.Max(m, x[i]);
        float invT = 1f / T;
        float s = 0f, s2 = 0f, s3 = 0f;
        for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(x[i] / T - m / T); s += y[i]; }
        for (int i = 0; i < x.Length; i++) { z[i] = MathF.Exp(-(m - x[i]) * invT); s2 += z[i]; }
        for (int i = 0; i < x.Length; i++) { w[i] = MathF.Exp(x[i] * 2f - m * 2f); s3 += w[i]; }
        for (int i = 0; i < x.Length; i++) { y[i] /= s; z[i] /= s2; w[i] /= s3; }
    }

    public static void HalvedRows(float[,] x, float[,] y)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        for (int r = 0; r < rows; r++)
        {
            float m = float.NegativeInfinity;
            int j = 0;
            while (j < cols) { m = Math.Max(m, x[r, j]); j++; }
            float s = 0f;
            for (j = 0; j < cols; j++) { y[r, j] = MathF.Exp(x[r, j] / 2f - m / 2f); s += y[r, j]; }
            for (j = 0; j < cols; j++) y[r, j] /= s;
        }
    }

    public static void Softmin(float[] x, float[] y)
    {
        float mn = float.PositiveInfinity;
        for (int i = 0; i < x.Length; i++) mn = MathF.Min(mn, x[i]);
        float s = 0f;
        for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(mn - x[i]); s += y[i]; }
        for (int i = 0; i < x.Length; i++) y[i] /= s;
    }

    public static void SoftminNegatedDifference(Span<float> x, Span<float> y)
    {
        float mn = float.PositiveInfinity;
        foreach (float v in x) mn = MathF.Min(mn, v);
        float s = 0f;
        for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(-(x[i] - mn)); s += y[i]; }
        for (int i = 0; i < x.Length; i++) y[i] /= s;
    }

    public static void SoftminNegatedMaximum(float[] x, float[] y)
    {
        float m = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++) m = MathF.Max(m, -x[i]);
        float s = 0f;
        for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(-x[i] - m); s += y[i]; }
        for (int i = 0; i < x.Length; i++) y[i] /= s;
    }

    public static void BiasInMax(float[] x, float[] b, float[] y)
    {
        float m = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++) m = MathF.Max(m, x[i] + b[i]);
        float s = 0f;
        for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(x[i] + b[i] - m); s += y[i]; }
        for (int i = 0; i < x.Length; i++) y[i] /= s;
    }

    public static void DoubledLogitsDoubledMax(float[] x, float[] y)
    {
        float m = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++) m = MathF.Max(m, x[i]);
        float s = 0f;
        for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(2f * x[i] - 2f * m); s += y[i]; }
        for (int i = 0; i < x.Length; i++) y[i] /= s;
    }

    public static double[] Scaled(double[] x, double a) { double m = x.Max(); var e = x.Select(v => Math.Exp(a * v - a * m)).ToArray(); double s = e.Sum(); return e.Select(v => v / s).ToArray(); }

    public static double[] ScaledDifference(double[] x, double a) { double m = x.Max(); var e = x.Select(v => Math.Exp((v - m) * a)).ToArray(); double s = e.Sum(); return e.Select(v => v / s).ToArray(); }

    public static double[] NegatedLocal(double[] x, double a) { double m = x.Max(); double ns = -a * m; var e = x.Select(v => Math.Exp(a * v + ns)).ToArray(); double s = e.Sum(); return e.Select(v => v / s).ToArray(); }

    public static double[] Divided(double[] x, double t) { double m = x.Max(); var e = x.Select(v => Math.Exp(v / t - m / t)).ToArray(); double s = e.Sum(); return e.Select(v => v / s).ToArray(); }

    public static double[] LiteralBoth(double[] x) { double m = x.Max(); var e = x.Select(v => Math.Exp(2 * v - 2 * m)).ToArray(); double s = e.Sum(); return e.Select(v => v / s).ToArray(); }

    public static double[] StoredScaledLogits(double[] x, double a)
    {
        double m = x.Max();
        var e = new double[x.Length];
        double s = 0;
        for (int i = 0; i < x.Length; i++) { double z = a * x[i]; e[i] = Math.Exp(z - a * m); s += e[i]; }
        for (int i = 0; i < x.Length; i++) e[i] /= s;
        return e;
    }

    public static double[] FirstElementSeededMax(double[] x)
    {
        double m = x[0];
        for (int i = 1; i < x.Length; i++) if (x[i] > m) m = x[i];
        var e = x.Select(v => Math.Exp(v - m)).ToArray(); double s = e.Sum(); return e.Select(v => v / s).ToArray();
    }

    public static double[] ArgmaxElement(double[] x)
    {
        int best = 0;
        for (int i = 1; i < x.Length; i++) if (x[i] > x[best]) best = i;
        double m = x[best];
        var e = x.Select(v => Math.Exp(v - m)).ToArray(); double s = e.Sum(); return e.Select(v => v / s).ToArray();
    }

    // An online normaliser's rescale exp(m - mNew): the old running max minus the new one, bounded by the fold itself.
    public static void OnlineRescale(float[] x, float[] y)
    {
        float m = float.NegativeInfinity, s = 0f;
        for (int i = 0; i < x.Length; i++) { float mNew = MathF.Max(m, x[i]); s = s * MathF.Exp(m - mNew) + MathF.Exp(x[i] - mNew); m = mNew; }
        for (int i = 0; i < x.Length; i++) y[i] = MathF.Exp(x[i] - m) / s;
    }

    // Top-k sampling: the first of the logits sorted descending is their maximum (review42 B14).
    public static double[] TopKFirstSorted(double[] x, int k)
    {
        double[] top = x.OrderByDescending(v => v).Take(k).ToArray();
        var e = new double[top.Length];
        double s = 0;
        for (int j = 0; j < top.Length; j++) { e[j] = Math.Exp(top[j] - top[0]); s += e[j]; }
        for (int j = 0; j < top.Length; j++) e[j] /= s;
        return e;
    }
}
