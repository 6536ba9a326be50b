// Idiom: class-balanced cross-entropy with per-class weights, shifted exps per sample, LINQ
// Layout: record Sample(double[] Logits, int Label), IReadOnlyList<Sample>, jagged exps
// Bug (LG0002): the normaliser sums the exps of every sample of the batch
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut41.ClassBalanced_LinqBatchNormaliser;

public sealed record Sample(double[] Logits, int Label);

public static class WeightedSoftmaxLoss
{
    public static double[][] Probabilities(IReadOnlyList<Sample> batch, double[] classWeight, out double loss)
    {
        double[][] exps = batch.Select(s =>
        {
            double m = s.Logits.Max();
            return s.Logits.Select(v => Math.Exp(v - m)).ToArray();
        }).ToArray();
        double z = exps.Sum(e => e.Sum()); //~ LG0002
        var probs = exps.Select(e => e.Select(v => v / z).ToArray()).ToArray();
        loss = 0;
        for (int i = 0; i < batch.Count; i++)
            loss += classWeight[batch[i].Label] * (1.0 - probs[i][batch[i].Label]);
        loss /= batch.Count;
        return probs;
    }
}
