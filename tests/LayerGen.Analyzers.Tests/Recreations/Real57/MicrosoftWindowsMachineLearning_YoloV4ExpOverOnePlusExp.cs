// Source: microsoft/Windows-Machine-Learning Samples/Tutorial Samples/YOLOv4ObjectDetection/YOLOv4ObjectDetection/
// MainPage.xaml.cs:131 (commit 155b5eeb1f48) (re-created, not copied)
// Layout: the WinML YOLOv4 tutorial's page class. Its logistic is written x / (1 + x) with x = exp(val), the
// softmax of (0, val) with no maximum: ∞ / ∞ = NaN in float at val ≥ 89 (the corpus convention counts
// `exp(v) / (1 + exp(v))` as a two-term softmax, as Real56's YOLO sample does).
// Label: Sigmoid LG0003.
using System;

namespace Recreations.Real57.MicrosoftWindowsMachineLearning_YoloV4ExpOverOnePlusExp;

/// <summary>The sample page's score helpers.</summary>
internal sealed class MainPage
{
    /// <summary>The logistic of <paramref name="val"/>, written through exp(val).</summary>
    public float Sigmoid(float val)
    {
        var x = (float)Math.Exp(val); //~ LG0003
        return x / (1.0f + x);
    }
}
