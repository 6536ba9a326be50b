// Source: microsoft/onnxruntime csharp/sample/Microsoft.ML.OnnxRuntime.ResNet50v2Sample/Program.cs:13, :59
// (commit 08dc5afad481) (re-created, not copied)
// Layout: the ResNet50 v2 sample's post-processing: the model's 1000 raw class scores come back as an
// IEnumerable<float>; the sum is a LINQ Sum of exps, the softmax a lazy Select dividing each exp by it, and the top
// ten come from OrderByDescending over (label, confidence) pairs. The pattern is copied widely from this sample.
// Here the image loading and the InferenceSession are left out: Postprocess receives the output enumerable.
// Label: Postprocess LG0003 ×2 (the exp in the Sum lambda and the exp in the Select lambda).
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.Real56.MicrosoftOnnxRuntime_ResNetLinqPostprocess;

/// <summary>One predicted ImageNet class.</summary>
internal sealed class Prediction
{
    public string Label { get; set; } = "";

    public float Confidence { get; set; }
}

/// <summary>The sample's post-processing of the network output.</summary>
internal static class Program
{
    /// <summary>The ten most confident classes of one image.</summary>
    public static IEnumerable<Prediction> Postprocess(IEnumerable<float> output, string[] labels)
    {
        float sum = output.Sum(x => (float)Math.Exp(x)); //~ LG0003
        IEnumerable<float> softmax = output.Select(x => (float)Math.Exp(x) / sum); //~ LG0003

        IEnumerable<Prediction> top10 = softmax.Select((x, i) => new Prediction { Label = labels[i], Confidence = x })
                           .OrderByDescending(x => x.Confidence)
                           .Take(10);

        foreach (var t in top10)
        {
            Console.WriteLine($"Label: {t.Label}, Confidence: {t.Confidence}");
        }

        return top10;
    }
}
