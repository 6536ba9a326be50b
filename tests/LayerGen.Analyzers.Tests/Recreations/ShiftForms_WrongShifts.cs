// Our own code after the stop-41 review's A01-A12/A15 cases: an exp "shifted" by something that is not the maximum of
// the values exponentiated. The exponent is one sum of (sign, data-free coefficient, atom) terms; it is shifted only
// when each logit atom is matched by a per-slice maximum of the same data entering with the same coefficient negated
// (a minimum for a logit entering negated). Here the coefficient differs (half a shift, 2·v − m, the logit counted twice),
// the extreme points the wrong way (softmin as exp(−x + max)),
// or the subtracted value is a mean or a sum (Average(): ShiftForms_AverageShift). Each overflows at offset +1000: LG0003.
using System;
using System.Linq;

namespace Recreations.ShiftForms_WrongShifts;

public static class WrongShifts
{
    public static void HalfMax(float[] x, float[] y)
    {
        float m = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++) m = MathF.Max(m, x[i]);
        float s = 0f;
        for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(x[i] - 0.5f * m); s += y[i]; } //~ LG0003
        for (int i = 0; i < x.Length; i++) y[i] /= s;
    }

    public static void HalfMaxRows(float[,] x, float[,] y)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        for (int r = 0; r < rows; r++)
        {
            float m = float.NegativeInfinity;
            int j = 0;
            while (j < cols) { m = Math.Max(m, x[r, j]); j++; }
            float s = 0f;
            for (j = 0; j < cols; j++) { y[r, j] = MathF.Exp(x[r, j] - m / 2f); s += y[r, j]; } //~ LG0003
            for (j = 0; j < cols; j++) y[r, j] /= s;
        }
    }

    public static void LogitTwice(float[] x, float[] y)
    {
        float m = float.NegativeInfinity;
        foreach (float v in x) m = MathF.Max(m, v);
        float s = 0f;
        for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(x[i] - m + x[i]); s += y[i]; } //~ LG0003
        for (int i = 0; i < x.Length; i++) y[i] /= s;
    }

    public static void DoubledLogitsUnscaledMax(float[] x, float[] y)
    {
        float m = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++) m = MathF.Max(m, x[i]);
        float s = 0f;
        for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(2f * x[i] - m); s += y[i]; } //~ LG0003
        for (int i = 0; i < x.Length; i++) y[i] /= s;
    }

    public static void SoftminWrongDirection(float[] x, float[] y)
    {
        float m = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++) m = MathF.Max(m, x[i]);
        float s = 0f;
        for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(-x[i] + m); s += y[i]; } //~ LG0003
        for (int i = 0; i < x.Length; i++) y[i] /= s;
    }

    public static void SoftminWrongDirectionSpan(Span<float> x, Span<float> y)
    {
        float m = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++) m = MathF.Max(m, x[i]);
        float s = 0f;
        for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(m - x[i]); s += y[i]; } //~ LG0003
        for (int i = 0; i < x.Length; i++) y[i] /= s;
    }

    public static double[] MeanNamedCenter(double[] x, double a)
    {
        double center = 0; foreach (double t in x) center += t; center /= x.Length;
        var e = x.Select(v => Math.Exp(a * v - a * center)).ToArray(); //~ LG0003
        double s = e.Sum(); return e.Select(v => v / s).ToArray();
    }

    public static double[] LiteralCoefficient(double[] x) { double m = x.Max(); var e = x.Select(v => Math.Exp(2 * v - m)).ToArray(); double s = e.Sum(); return e.Select(v => v / s).ToArray(); } //~ LG0003

    public static double[] SumShift(double[] x, double a) { double t = x.Sum(); var e = x.Select(v => Math.Exp(a * v - a * t)).ToArray(); double s = e.Sum(); return e.Select(v => v / s).ToArray(); } //~ LG0003

    public static void SumShiftLoop(double[] x, double[] y)
    {
        double t = 0;
        for (int i = 0; i < x.Length; i++) t += x[i];
        double s = 0;
        for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(2 * x[i] - 2 * t); s += y[i]; } //~ LG0003
        for (int i = 0; i < x.Length; i++) y[i] /= s;
    }
}
