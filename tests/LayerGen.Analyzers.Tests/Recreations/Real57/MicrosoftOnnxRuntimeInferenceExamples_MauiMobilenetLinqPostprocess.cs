// Source: microsoft/onnxruntime-inference-examples
// mobile/examples/Maui/MauiVisionSample/MauiVisionSample/Models/Mobilenet/MobilenetSample.cs:59
// (commit 428b0399b871) (re-created, not copied)
// Layout: the .NET MAUI vision sample's MobileNet classifier. The session's single output (1000 ImageNet logits) is
// read as an IEnumerable<float>; the post-processing sums exp(x) with a LINQ lambda, then maps each logit to
// exp(x) / sum lazily and takes the three most confident classes. No maximum. (The Xamarin ResNet sample of the same
// repository, mobile/examples/Xamarin/VisionSample/VisionSample/ResNet50v2/ResNetSample.cs:59, has the same two
// lines and is not repeated here.)
// Label: GetPredictions LG0003 ×2 (one per lambda exp).
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.Real57.MicrosoftOnnxRuntimeInferenceExamples_MauiMobilenetLinqPostprocess;

/// <summary>One predicted class.</summary>
internal sealed class MobilenetPrediction
{
    public string Label { get; set; } = "";

    public float Confidence { get; set; }
}

/// <summary>A stand-in for the sample's label map.</summary>
internal static class MobilenetLabelMap
{
    public static readonly string[] Labels = Enumerable.Range(0, 1000).Select(i => $"class {i}").ToArray();
}

/// <summary>The MobileNet sample's post-processing (the session run is replaced by its output).</summary>
internal sealed class MobilenetSample
{
    /// <summary>The three most confident classes of the model's output logits.</summary>
    public List<MobilenetPrediction> GetPredictions(IEnumerable<float> output)
    {
        // Postprocess to get softmax vector
        float sum = output.Sum(x => (float)Math.Exp(x)); //~ LG0003
        IEnumerable<float> softmax = output.Select(x => (float)Math.Exp(x) / sum); //~ LG0003

        // Extract top 3 predicted classes
        var top3 = softmax.Select((x, i) => new MobilenetPrediction
                                            {
                                                Label = MobilenetLabelMap.Labels[i],
                                                Confidence = x,
                                            })
                          .OrderByDescending(x => x.Confidence)
                          .Take(3)
                          .ToList();

        return top3;
    }
}
