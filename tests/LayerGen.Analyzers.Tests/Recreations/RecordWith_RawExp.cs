// Variants (our own code) of HeldOut4/RecordStructWithExpressionRawExp.cs, in the shapes of ML.NET / ONNX classifier
// post-processing with immutable prediction records: the exp is computed inside a `with` initializer or a record
// constructor and written back into the container, then summed and normalised, with no max subtracted.
// Layouts: Prediction[] of record structs, List<Label> of record classes (with), Scored[] rebuilt by positional
// constructor. Bug in every method: LG0003.
using System;
using System.Collections.Generic;

namespace Recreations.RecordWith_RawExp;

public readonly record struct Prediction(int Class, double Logit, double Probability);

public sealed record Label(string Name, float Logit, float Weight);

public readonly record struct Scored(int Id, float Logit, float P);

public static class Postprocess
{
    public static void WithInDouble(Prediction[] predictions)
    {
        double sum = 0.0;
        for (int i = 0; i < predictions.Length; i++)
        {
            predictions[i] = predictions[i] with { Probability = Math.Exp(predictions[i].Logit) }; //~ LG0003
            sum += predictions[i].Probability;
        }

        for (int i = 0; i < predictions.Length; i++)
            predictions[i] = predictions[i] with { Probability = predictions[i].Probability / sum };
    }

    public static void WithOnRecordClassList(List<Label> labels)
    {
        float total = 0f;
        for (int i = 0; i < labels.Count; i++)
        {
            var weighted = labels[i] with { Weight = MathF.Exp(labels[i].Logit) }; //~ LG0003
            labels[i] = weighted;
            total += weighted.Weight;
        }

        for (int i = 0; i < labels.Count; i++)
            labels[i] = labels[i] with { Weight = labels[i].Weight / total };
    }

    public static void PositionalConstructor(Scored[] items)
    {
        float z = 0f;
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = new Scored(items[i].Id, items[i].Logit, MathF.Exp(items[i].Logit)); //~ LG0003
            z += items[i].P;
        }

        for (int i = 0; i < items.Length; i++)
            items[i] = new Scored(items[i].Id, items[i].Logit, items[i].P / z);
    }
}
