// Variants (our own code) of HeldOut4/RecordStructWithExpressionRawExp.cs, the correct twins of RecordWith_RawExp.cs:
// the same `with` initializers and positional constructors, each exp subtracting the max logit of the container.
// Layouts: Prediction[] of record structs, List<Label> of record classes (with), Scored[] rebuilt by positional
// constructor. Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.RecordWith_ShiftedExp;

public readonly record struct Prediction(int Class, double Logit, double Probability);

public sealed record Label(string Name, float Logit, float Weight);

public readonly record struct Scored(int Id, float Logit, float P);

public static class Postprocess
{
    public static void WithInDouble(Prediction[] predictions)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < predictions.Length; i++)
            max = Math.Max(max, predictions[i].Logit);
        double sum = 0.0;
        for (int i = 0; i < predictions.Length; i++)
        {
            predictions[i] = predictions[i] with { Probability = Math.Exp(predictions[i].Logit - max) };
            sum += predictions[i].Probability;
        }

        for (int i = 0; i < predictions.Length; i++)
            predictions[i] = predictions[i] with { Probability = predictions[i].Probability / sum };
    }

    public static void WithOnRecordClassList(List<Label> labels)
    {
        float max = labels.Max(label => label.Logit);
        float total = 0f;
        for (int i = 0; i < labels.Count; i++)
        {
            var weighted = labels[i] with { Weight = MathF.Exp(labels[i].Logit - max) };
            labels[i] = weighted;
            total += weighted.Weight;
        }

        for (int i = 0; i < labels.Count; i++)
            labels[i] = labels[i] with { Weight = labels[i].Weight / total };
    }

    public static void PositionalConstructor(Scored[] items)
    {
        float m = float.NegativeInfinity;
        foreach (var item in items)
            m = MathF.Max(m, item.Logit);
        float z = 0f;
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = new Scored(items[i].Id, items[i].Logit, MathF.Exp(items[i].Logit - m));
            z += items[i].P;
        }

        for (int i = 0; i < items.Length; i++)
            items[i] = new Scored(items[i].Id, items[i].Logit, items[i].P / z);
    }
}
