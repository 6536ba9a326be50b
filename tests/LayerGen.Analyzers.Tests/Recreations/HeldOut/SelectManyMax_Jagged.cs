// Variant (our own code) of ameritusweb/ParallelReverseAutoDiff's jagged row softmax (SoftmaxOperation over
// double[][]) where the maximum is taken with x.SelectMany(r => r).Max(), i.e. over the flattened batch.
// Layout: jagged double[][]. Bug (LG0001): the maximum spans every row.
using System;
using System.Linq;

namespace HeldOut.SelectManyMaxJagged;

public static class RowSoftmax
{
    public static double[][] Forward(double[][] x)
    {
        double max = x.SelectMany(r => r).Max(); //~ LG0001
        var result = new double[x.Length][];
        for (int i = 0; i < x.Length; i++)
        {
            result[i] = new double[x[i].Length];
            double sum = 0;
            for (int j = 0; j < x[i].Length; j++)
            {
                result[i][j] = Math.Exp(x[i][j] - max);
                sum += result[i][j];
            }

            for (int j = 0; j < x[i].Length; j++)
            {
                result[i][j] /= sum;
            }
        }

        return result;
    }
}
