// Re-creation (our own code) of MakarovIlya944/5kurs-neural-net, Mnist/Functions/LogLoss.cs
// (-(calc.Map2((x, y) => y * Math.Log(x), truly).Sum())), with calc produced by a LINQ softmax helper of the
// same class instead of a MathNet vector.
// Layout: one vector, LINQ (Select/Sum/Zip); softmax in a private helper returning an array.
// Bug (LG0005): Math.Log of each probability inside the Zip lambda.
using System;
using System.Linq;

namespace Recreations.Backward.MakarovLogLossLinq;

public sealed class LogLoss
{
    public double Call(double[] logits, double[] truly)
    {
        double[] calc = Softmax(logits);
        return -calc.Zip(truly, (x, y) => y * Math.Log(x)).Sum(); //~ LG0005
    }

    private static double[] Softmax(double[] z)
    {
        double max = z.Max();
        double[] exps = z.Select(v => Math.Exp(v - max)).ToArray();
        double total = exps.Sum();
        return exps.Select(e => e / total).ToArray();
    }
}
