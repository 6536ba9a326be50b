// Re-creation (our own code) of LINQ-over-rows code for rectangular arrays (kowaliszyn-pl/ml-csharp's float[,]
// extensions expose rows as sequences) with a `yield return` iterator helper Row(x, i): the row maximum and the sum
// of shifted exps are LINQ calls on that iterator.
// Layout: row-major double[rows, cols]; rows as IEnumerable<double> from an iterator method. Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut.IteratorRowHelper;

public static class IteratorSoftmax
{
    public static double[,] Forward(double[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var p = new double[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            double max = Row(x, i).Max();
            double sum = Row(x, i).Sum(v => Math.Exp(v - max));
            for (int j = 0; j < cols; j++)
            {
                p[i, j] = Math.Exp(x[i, j] - max) / sum;
            }
        }

        return p;
    }

    private static IEnumerable<double> Row(double[,] x, int i)
    {
        for (int j = 0; j < x.GetLength(1); j++)
        {
            yield return x[i, j];
        }
    }
}
