// Idiom: a normaliser taking a `Func<int, double>` logit accessor and an explicit shift, fed one row at a time.
// Use: jagged batch of scores; the caller picks the shift once for the whole batch.
// Layout: jagged double[batch][classes].
// Bug LG0001: `shift` is the maximum over every row (`batch.Max(row => row.Max())`), passed to each row's normaliser;
// a row 1000 below the batch maximum underflows to 0/0.
// Our own code.
using System;
using System.Linq;

namespace HeldOut78.FuncAccessor_SharedShift;

public static class ShiftedNormaliser
{
    private static void Normalise(int count, Func<int, double> logit, double shift, double[] into)
    {
        double total = 0;
        for (int k = 0; k < count; k++) total += into[k] = Math.Exp(logit(k) - shift);
        for (int k = 0; k < count; k++) into[k] /= total;
    }

    public static double[][] Softmax(double[][] batch)
    {
        double shift = batch.Max(row => row.Max()); //~ LG0001
        var result = new double[batch.Length][];
        for (int i = 0; i < batch.Length; i++)
        {
            double[] row = batch[i];
            result[i] = new double[row.Length];
            Normalise(row.Length, k => row[k], shift, result[i]);
        }
        return result;
    }
}
