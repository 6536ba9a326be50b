// Idiom: ImmutableArray<T>.Builder filled per row and sealed with MoveToImmutable.
// Use: classifier head turning one immutable row of logits per sample into probabilities.
// Layout: ImmutableArray<ImmutableArray<double>>, one inner array per sample (softmax over the inner array).
// Correct: each row's own peak (`if` fold), each row's own total.
// Our own code.
#nullable enable
using System;
using System.Collections.Immutable;

namespace HeldOut85.ImmutableArrayBuilder_JaggedRows;

public static class ClassifierHead
{
    public static ImmutableArray<ImmutableArray<double>> Probabilities(ImmutableArray<ImmutableArray<double>> logits)
    {
        ImmutableArray<ImmutableArray<double>>.Builder rows = ImmutableArray.CreateBuilder<ImmutableArray<double>>(logits.Length);
        foreach (ImmutableArray<double> row in logits)
        {
            double peak = double.NegativeInfinity;
            foreach (double z in row)
            {
                if (z > peak)
                    peak = z;
            }

            ImmutableArray<double>.Builder exps = ImmutableArray.CreateBuilder<double>(row.Length);
            double total = 0.0;
            foreach (double z in row)
            {
                double e = Math.Exp(z - peak);
                exps.Add(e);
                total += e;
            }

            for (int k = 0; k < exps.Count; k++)
                exps[k] /= total;
            rows.Add(exps.MoveToImmutable());
        }

        return rows.MoveToImmutable();
    }
}
