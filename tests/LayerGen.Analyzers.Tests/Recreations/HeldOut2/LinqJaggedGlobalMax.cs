// Re-creates: a batched LINQ softmax from C# tutorial code (jagged double[][] batch)
// Layout: jagged double[batch][classes], max inside a lambda
// Expected: LG0001 — x.Max(r => r.Max()) is the max of the whole batch
using System;
using System.Linq;

namespace HeldOut2.LinqJaggedGlobalMax;

public static class BatchSoftmax
{
    public static double[][] Apply(double[][] x)
    {
        double max = x.Max(r => r.Max()); //~ LG0001
        return x.Select(row =>
        {
            var e = row.Select(v => Math.Exp(v - max)).ToArray();
            double s = e.Sum();
            return e.Select(v => v / s).ToArray();
        }).ToArray();
    }
}
