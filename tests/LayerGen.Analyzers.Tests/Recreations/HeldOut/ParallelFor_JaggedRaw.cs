// Variant (our own code) of mdabros/SharpLearning's Parallel.For row softmax (SoftMaxActivation.Activation) over a
// jagged batch, with the maximum step left out: each parallel row exponentiates its raw values.
// Layout: jagged double[][], Parallel.For lambda per row. Bug (LG0003).
using System;
using System.Threading.Tasks;

namespace HeldOut.ParallelForJaggedRaw;

public static class ParallelSoftmax
{
    public static void Forward(double[][] x)
    {
        Parallel.For(0, x.Length, i =>
        {
            double[] row = x[i];
            double sum = 0;
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = Math.Exp(row[j]); //~ LG0003
                sum += row[j];
            }

            for (int j = 0; j < row.Length; j++)
            {
                row[j] /= sum;
            }
        });
    }
}
