// Correct twins (our own code) of CarriedFields_AcrossCalls.cs: the field, static or property accumulator is reset
// on every path through the method before it folds (at the top, per row inside a batch loop), or reset after its
// last use on every way out (so the next call starts from zero: the constructor set it, each call leaves it at 0).
// Layouts: static double field over double[]; instance auto-property over ReadOnlySpan<float>; a field max reset per
// row of a jagged batch; a field total zeroed after the division. Correct: no diagnostic.
using System;

namespace Recreations.CarriedFieldsResetPerCall;

public static class StaticPartition
{
    private static double s_partition;

    public static double[] Probabilities(double[] logits)
    {
        s_partition = 0;
        double max = double.NegativeInfinity;
        foreach (double v in logits) max = Math.Max(max, v);
        var p = new double[logits.Length];
        for (int i = 0; i < logits.Length; i++)
        {
            p[i] = Math.Exp(logits[i] - max);
            s_partition += p[i];
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
        Total = 0f;
        float max = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++) max = MathF.Max(max, x[i]);
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i] - max);
            Total += y[i];
        }

        for (int i = 0; i < y.Length; i++) y[i] /= Total;
    }
}

public sealed class PeakPerRow
{
    private double _peak;

    public double[][] Batch(double[][] batch)
    {
        var result = new double[batch.Length][];
        for (int r = 0; r < batch.Length; r++)
        {
            double[] z = batch[r];
            _peak = double.NegativeInfinity;
            for (int i = 0; i < z.Length; i++) _peak = Math.Max(_peak, z[i]);
            var p = new double[z.Length];
            double sum = 0;
            for (int i = 0; i < z.Length; i++)
            {
                p[i] = Math.Exp(z[i] - _peak);
                sum += p[i];
            }

            for (int i = 0; i < p.Length; i++) p[i] /= sum;
            result[r] = p;
        }

        return result;
    }
}

public sealed class ZeroedAfterUse
{
    private float _z;

    public float[] Process(float[] scores)
    {
        float max = float.NegativeInfinity;
        foreach (float s in scores) max = MathF.Max(max, s);
        var p = new float[scores.Length];
        for (int i = 0; i < scores.Length; i++)
        {
            p[i] = MathF.Exp(scores[i] - max);
            _z += p[i];
        }

        for (int i = 0; i < p.Length; i++) p[i] /= _z;
        _z = 0f;
        return p;
    }
}
