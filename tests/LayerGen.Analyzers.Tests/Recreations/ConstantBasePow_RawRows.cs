// gaps24 (issue 8, recall): softmaxes written with an exponential of another base and no maximum subtracted. Shapes
// from genotype posteriors (10^GL / sum 10^GL, VCF GL fields), base-2 "bits" scores and halving kernels (0.5^d),
// re-created in layouts HeldOut9's GenotypePosterior_RawPow10 does not use: jagged float MathF.Pow(2f, v), flat double
// double.Exp10, List<float> float.Exp2 in a foreach, Span<float> MathF.Pow(0.5f, d) (a base below 1 negates the exponent).
// Bug (LG0003 each): b^v = exp(v · ln b) of raw values: rows offset by +1000 overflow to inf / inf, by -1000 give 0 / 0.
using System;
using System.Collections.Generic;

namespace Recreations.ConstantBasePowRawRows;

public static class ConstantBasePow
{
    // jagged, float, MathF.Pow(2f, v): raw
    public static void Base2Jagged(float[][] x, float[][] y)
    {
        for (int r = 0; r < x.Length; r++)
        {
            float s = 0f;
            for (int j = 0; j < x[r].Length; j++) { y[r][j] = MathF.Pow(2f, x[r][j]); s += y[r][j]; } //~ LG0003
            for (int j = 0; j < x[r].Length; j++) y[r][j] /= s;
        }
    }

    // flat, double.Exp10: raw
    public static void Exp10Flat(double[] gl, int cols, double[] post)
    {
        for (int o = 0; o < gl.Length; o += cols)
        {
            double t = 0;
            for (int g = 0; g < cols; g++) t += post[o + g] = double.Exp10(gl[o + g]); //~ LG0003
            for (int g = 0; g < cols; g++) post[o + g] /= t;
        }
    }

    // List, float.Exp2: raw
    public static List<float> Exp2List(List<float> bits)
    {
        var w = new List<float>();
        float t = 0;
        foreach (var b in bits) { var e = float.Exp2(b); w.Add(e); t += e; } //~ LG0003
        for (int i = 0; i < w.Count; i++) w[i] /= t;
        return w;
    }

    // Span, base 0.5 (exponent negated), raw
    public static void HalfBaseSpan(ReadOnlySpan<float> d, Span<float> p)
    {
        float t = 0;
        for (int i = 0; i < d.Length; i++) { p[i] = MathF.Pow(0.5f, d[i]); t += p[i]; } //~ LG0003
        for (int i = 0; i < d.Length; i++) p[i] /= t;
    }
}
