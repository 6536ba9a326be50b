// Re-creates: a LINQ-heavy batched softmax (C# ports of Python notebooks) taking the max of the flattened batch
// Layout: jagged double[batch][classes]; SelectMany(...).Max()
// Expected: LG0001 — the max of the flattened batch
using System;
using System.Linq;

namespace HeldOut2.LinqSelectManyGlobalMax;

public static class Notebook
{
    public static double[][] Softmax(double[][] batch)
    {
        double max = batch.SelectMany(row => row).Max(); //~ LG0001
        var result = new double[batch.Length][];
        for (int i = 0; i < batch.Length; i++)
        {
            double[] e = new double[batch[i].Length];
            double sum = 0;
            for (int j = 0; j < e.Length; j++)
            {
                e[j] = Math.Exp(batch[i][j] - max);
                sum += e[j];
            }

            for (int j = 0; j < e.Length; j++)
            {
                e[j] /= sum;
            }

            result[i] = e;
        }

        return result;
    }
}
