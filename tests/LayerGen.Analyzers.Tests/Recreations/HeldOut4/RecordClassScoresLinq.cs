// Source: ML.NET/ONNX image-classification samples in C# that map scores to labelled records (ImageNet/ResNet
// post-processing: label + score records, probabilities by softmax, then OrderByDescending for the top-5).
// Layout: IReadOnlyList<ClassScore> records; max via Max(s => s.Logit); new records with the probability.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.HeldOut4.RecordClassScoresLinq;

public sealed record ClassScore(string Label, double Logit);

public sealed record ClassProbability(string Label, double Probability);

public static class Classifier
{
    public static List<ClassProbability> Probabilities(IReadOnlyList<ClassScore> scores)
    {
        double top = scores.Max(s => s.Logit);
        var exps = scores.Select(s => (s.Label, Weight: Math.Exp(s.Logit - top))).ToList();
        double total = exps.Sum(e => e.Weight);
        return exps.Select(e => new ClassProbability(e.Label, e.Weight / total)).ToList();
    }
}
