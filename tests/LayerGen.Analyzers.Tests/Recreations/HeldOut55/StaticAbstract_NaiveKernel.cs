// Idiom: a `static abstract` factory-style interface (`IActivation<TSelf>` with `static abstract double[] Forward(double[])`)
// implemented by a `record` activation, applied to each row of a jagged batch through a generic constrained call; the
// softmax exponentiates with `double.Exp` directly.
// Layout: jagged `double[][]`. Bug: LG0003 (exp of raw logits).
using System;

namespace HeldOut55.StaticAbstract_NaiveKernel;

public interface IActivation<TSelf>
    where TSelf : IActivation<TSelf>
{
    static abstract string Name { get; }

    static abstract double[] Forward(double[] x);
}

/// <summary>Softmax activation.</summary>
public sealed record SoftmaxActivation : IActivation<SoftmaxActivation>
{
    public static string Name => "softmax";

    public static double[] Forward(double[] x)
    {
        var y = new double[x.Length];
        double z = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = double.Exp(x[i]); //~ LG0003
            z += y[i];
        }

        for (int i = 0; i < y.Length; i++)
        {
            y[i] /= z;
        }

        return y;
    }
}

public static class Layers
{
    /// <summary>Applies <typeparamref name="TAct"/> to each row.</summary>
    public static double[][] Activate<TAct>(double[][] batch)
        where TAct : IActivation<TAct>
    {
        var output = new double[batch.Length][];
        for (int i = 0; i < batch.Length; i++)
        {
            output[i] = TAct.Forward(batch[i]);
        }

        return output;
    }
}
