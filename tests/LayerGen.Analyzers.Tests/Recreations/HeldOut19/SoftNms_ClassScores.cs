// Source: Soft-NMS (Bodla et al. 2017; bharatsingh430/soft-nms `cpu_soft_nms`, method 2) after a two-stage detector's
// softmax classification head (Faster R-CNN style, class 0 = background): each box gets its class probabilities, its
// score is the best foreground probability, and overlapping boxes decay by the Gaussian exp(−IoU²/σ).
// Layout: `List<Detection>` of a mutable class with `float[] ClassLogits`, a `Box` record struct, `foreach` peak,
// `Probabilities` array property; the Gaussian decay is an exp of a non-positive argument, not a softmax.
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut19;

/// <summary>An axis-aligned box.</summary>
public readonly record struct Box(float X1, float Y1, float X2, float Y2)
{
    /// <summary>The box area.</summary>
    public float Area => MathF.Max(0f, X2 - X1) * MathF.Max(0f, Y2 - Y1);
}

/// <summary>A detection with its classifier logits and, once scored, its probabilities.</summary>
public sealed class Detection
{
    /// <summary>Creates a detection.</summary>
    public Detection(Box box, float[] classLogits)
    {
        Box = box;
        ClassLogits = classLogits;
        Probabilities = new float[classLogits.Length];
    }

    /// <summary>The box.</summary>
    public Box Box { get; }

    /// <summary>Classifier logits, class 0 the background.</summary>
    public float[] ClassLogits { get; }

    /// <summary>Softmax of the logits.</summary>
    public float[] Probabilities { get; }

    /// <summary>The (decayed) detection score.</summary>
    public float Score { get; set; }

    /// <summary>The best foreground class.</summary>
    public int Label { get; set; }
}

public static class SoftNmsClassScores
{
    /// <summary>Scores every detection, then applies Gaussian Soft-NMS in place.</summary>
    public static void Run(List<Detection> detections, float sigma, float threshold)
    {
        foreach (Detection d in detections)
        {
            float peak = float.NegativeInfinity;
            foreach (float l in d.ClassLogits) peak = MathF.Max(peak, l);

            float z = 0f;
            for (int c = 0; c < d.ClassLogits.Length; c++)
            {
                d.Probabilities[c] = MathF.Exp(d.ClassLogits[c] - peak);
                z += d.Probabilities[c];
            }

            int label = 1;
            for (int c = 0; c < d.Probabilities.Length; c++)
            {
                d.Probabilities[c] /= z;
                if (c > 0 && d.Probabilities[c] > d.Probabilities[label]) label = c;
            }
            d.Label = label;
            d.Score = d.Probabilities[label];
        }

        detections.Sort((a, b) => b.Score.CompareTo(a.Score));
        for (int i = 0; i < detections.Count; i++)
        {
            for (int j = i + 1; j < detections.Count; j++)
            {
                float iou = Iou(detections[i].Box, detections[j].Box);
                detections[j].Score *= MathF.Exp(-(iou * iou) / sigma);
            }
        }
        detections.RemoveAll(d => d.Score < threshold);
    }

    private static float Iou(Box a, Box b)
    {
        var inter = new Box(MathF.Max(a.X1, b.X1), MathF.Max(a.Y1, b.Y1), MathF.Min(a.X2, b.X2), MathF.Min(a.Y2, b.Y2));
        float union = a.Area + b.Area - inter.Area;
        return union <= 0f ? 0f : inter.Area / union;
    }
}
