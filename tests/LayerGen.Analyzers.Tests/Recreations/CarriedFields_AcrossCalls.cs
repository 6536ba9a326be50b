// Variants (our own code) of HeldOut8/OnnxFerPlus_FieldTotalCarried.cs: the normaliser (or the maximum) lives in a
// field, a static or an auto-property that the per-row method folds into without resetting it on the way in, so
// every call after the first divides by (or subtracts) what earlier calls folded too: a reduction carried across
// calls. The constructor (or the field initialiser) is the only reset.
// Layouts: static double field over a double[] row; instance auto-property over a ReadOnlySpan<float>; an instance
// field max over a jagged row (LG0001: a later row far below an earlier one underflows to 0/0); a field total
// reset only on one branch. Bugs: LG0002, LG0002, LG0001, LG0002.
using System;

namespace Recreations.CarriedFieldsAcrossCalls;

public static class StaticPartition
{
    private static double s_partition;

    public static double[] Probabilities(double[] logits)
    {
        double max = double.NegativeInfinity;
        foreach (double v in logits) max = Math.Max(max, v);
        var p = new double[logits.Length];
        for (int i = 0; i < logits.Length; i++)
        {
            p[i] = Math.Exp(logits[i] - max);
            s_partition += p[i]; //~ LG0002
        }

        for (int i = 0; i < p.Length; i++) p[i] /= s_partition;
        return p;
    }
}

public sealed class PropertyTotal
{
    public float Total { get; private set; }

    public void Softmax(ReadOnlySpan<float> x, Span<float> y)
    {
        float max = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++) max = MathF.Max(max, x[i]);
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i] - max);
            Total += y[i]; //~ LG0002
        }

        for (int i = 0; i < y.Length; i++) y[i] /= Total;
    }
}

public sealed class RunningPeak
{
    private double _peak = double.NegativeInfinity;

    public double[] Row(double[][] batch, int r)
    {
        double[] z = batch[r];
        for (int i = 0; i < z.Length; i++) _peak = Math.Max(_peak, z[i]); //~ LG0001
        var p = new double[z.Length];
        double sum = 0;
        for (int i = 0; i < z.Length; i++)
        {
            p[i] = Math.Exp(z[i] - _peak);
            sum += p[i];
        }

        for (int i = 0; i < p.Length; i++) p[i] /= sum;
        return p;
    }
}

public sealed class ResetOnOneBranch
{
    private float _z;

    public float[] Process(float[] scores, bool firstFrame)
    {
        if (firstFrame) _z = 0f;
        float max = float.NegativeInfinity;
        foreach (float s in scores) max = MathF.Max(max, s);
        var p = new float[scores.Length];
        for (int i = 0; i < scores.Length; i++)
        {
            p[i] = MathF.Exp(scores[i] - max);
            _z += p[i]; //~ LG0002
        }

        for (int i = 0; i < p.Length; i++) p[i] /= _z;
        return p;
    }
}
