// Correct twins (our own code) of ExpHelperArguments_RawOrBatchShift.cs and of HeldOut24/MutualLearning_RawTemperedExp.cs:
// the same helpers whose exponent is arithmetic of several parameters, called with the slice's maximum subtracted from
// the logit or passed as the shift argument.
// Layouts: jagged float[][] walked with while loops (softmax(z / T) with the row max subtracted in the argument);
// double[] Boltzmann policy with the max as the shift argument; float[,] attention rows with a per-row max passed to a
// local function; generic T[] rows with T.Exp(scale * v + bias) on shifted values.
// Correct: no diagnostic.
using System;
using System.Linq;
using System.Numerics;

namespace Recreations.ExpHelperArgumentsShiftedPerSlice;

public sealed class ExpHelperArgumentsShiftedPerSlice
{
    private readonly double _floor = 1e-12;

    public static float[][] DistillationTargets(float[][] logits, float temperature)
    {
        var targets = new float[logits.Length][];
        int r = 0;
        while (r < logits.Length)
        {
            float[] row = logits[r];
            float rowMax = row.Max();
            var soft = new float[row.Length];
            float sum = 0f;
            int c = 0;
            while (c < row.Length)
            {
                soft[c] = Tempered(row[c] - rowMax, temperature);
                sum += soft[c];
                c++;
            }

            for (c = 0; c < row.Length; c++) soft[c] /= sum;
            targets[r] = soft;
            r++;
        }

        return targets;
    }

    public double[] BoltzmannPolicy(double[] q, double tau)
    {
        double best = q.Max();
        var p = new double[q.Length];
        double z = 0;
        for (int a = 0; a < q.Length; a++)
        {
            p[a] = Boltzmann(q[a], best, tau);
            z += p[a];
        }

        for (int a = 0; a < q.Length; a++) p[a] = p[a] / z + _floor;
        return p;
    }

    public static void AttentionRows(float[,] scores, float[,] weights, float temperature)
    {
        int rows = scores.GetLength(0), cols = scores.GetLength(1);
        for (int i = 0; i < rows; i++)
        {
            float peak = float.NegativeInfinity;
            for (int j = 0; j < cols; j++) peak = MathF.Max(peak, scores[i, j]);
            float total = 0f;
            for (int j = 0; j < cols; j++)
            {
                weights[i, j] = Scaled(scores[i, j], peak, temperature);
                total += weights[i, j];
            }

            for (int j = 0; j < cols; j++) weights[i, j] /= total;
        }

        static float Scaled(float score, float shift, float temperature) => MathF.Exp((score - shift) / temperature);
    }

    public static T[] AffineSoftmax<T>(T[] x, T scale) where T : IFloatingPointIeee754<T>
    {
        T max = x[0];
        for (int i = 1; i < x.Length; i++) max = T.Max(max, x[i]);
        var y = new T[x.Length];
        T sum = T.Zero;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Affine(x[i] - max, scale, T.Zero);
            sum += y[i];
        }

        for (int i = 0; i < x.Length; i++) y[i] /= sum;
        return y;
    }

    private static float Tempered(float logit, float temperature) => MathF.Exp(logit / temperature);

    private double Boltzmann(double value, double shift, double tau)
    {
        return Math.Exp((value - shift) / tau);
    }

    private static T Affine<T>(T v, T scale, T bias) where T : IFloatingPointIeee754<T> => T.Exp(scale * v + bias);
}
