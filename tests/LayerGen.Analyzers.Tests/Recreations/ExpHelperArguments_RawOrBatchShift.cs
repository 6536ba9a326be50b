// Variants (our own code) of HeldOut24/MutualLearning_RawTemperedExp.cs: the exp of a softmax is computed by a private
// helper whose exponent is arithmetic of several parameters (a temperature, a shift, a scale and a bias), so what it
// exponentiates is decided by the arguments of each call.
// Layouts: jagged float[][] (knowledge-distillation targets, softmax(z / T)); double[] Boltzmann policy whose shift
// argument is the constant 0; float[,] attention rows with a private helper and a shift argument taken over
// the whole batch; generic T[] rows with T.Exp(scale * v + bias).
// Bugs: LG0003 at the helper's call (raw logits, or a constant shift); LG0001 at the batch-wide max.
using System;
using System.Numerics;

namespace Recreations.ExpHelperArgumentsRawOrBatchShift;

public sealed class ExpHelperArgumentsRawOrBatchShift
{
    private readonly double _floor = 1e-12;

    public static float[][] DistillationTargets(float[][] logits, float temperature)
    {
        var targets = new float[logits.Length][];
        for (int r = 0; r < logits.Length; r++)
        {
            float[] row = logits[r];
            var soft = new float[row.Length];
            float sum = 0f;
            for (int c = 0; c < row.Length; c++)
            {
                soft[c] = Tempered(row[c], temperature); //~ LG0003
                sum += soft[c];
            }

            for (int c = 0; c < row.Length; c++) soft[c] /= sum;
            targets[r] = soft;
        }

        return targets;
    }

    public double[] BoltzmannPolicy(double[] q, double tau)
    {
        var p = new double[q.Length];
        double z = 0;
        for (int a = 0; a < q.Length; a++)
        {
            p[a] = Boltzmann(q[a], 0.0, tau); //~ LG0003
            z += p[a];
        }

        for (int a = 0; a < q.Length; a++) p[a] = p[a] / z + _floor;
        return p;
    }

    public static void AttentionRows(float[,] scores, float[,] weights, float temperature)
    {
        int rows = scores.GetLength(0), cols = scores.GetLength(1);
        float peak = float.NegativeInfinity;
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
                peak = MathF.Max(peak, scores[i, j]); //~ LG0001

        for (int i = 0; i < rows; i++)
        {
            float total = 0f;
            for (int j = 0; j < cols; j++)
            {
                weights[i, j] = Scaled(scores[i, j], peak, temperature);
                total += weights[i, j];
            }

            for (int j = 0; j < cols; j++) weights[i, j] /= total;
        }

    }

    public static T[] AffineSoftmax<T>(T[] x, T scale, T bias) where T : IFloatingPointIeee754<T>
    {
        var y = new T[x.Length];
        T sum = T.Zero;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Affine(x[i], scale, bias); //~ LG0003
            sum += y[i];
        }

        for (int i = 0; i < x.Length; i++) y[i] /= sum;
        return y;
    }

    private static float Scaled(float score, float shift, float temperature) => MathF.Exp((score - shift) / temperature);

    private static float Tempered(float logit, float temperature) => MathF.Exp(logit / temperature);

    private double Boltzmann(double value, double shift, double tau)
    {
        return Math.Exp((value - shift) / tau);
    }

    private static T Affine<T>(T v, T scale, T bias) where T : IFloatingPointIeee754<T> => T.Exp(scale * v + bias);
}
