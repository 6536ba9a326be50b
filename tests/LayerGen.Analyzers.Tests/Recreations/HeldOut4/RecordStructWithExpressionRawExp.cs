// Source: YOLO/classifier post-processing in C# with prediction record structs (ONNX Runtime samples,
// YoloV8 C# ports' class-score handling): every prediction record is updated with `with` to carry its score.
// Layout: Prediction[] of readonly record structs (Class, Logit, Score); sum over the array, then normalise.
// Bug: Score = exp(Logit) with no max subtracted (inf for logits above ~88).
using System;

namespace LayerGen.HeldOut4.RecordStructWithExpressionRawExp;

public readonly record struct Prediction(int Class, float Logit, float Score);

public static class PredictionSoftmax
{
    public static void Normalise(Prediction[] preds)
    {
        float sum = 0f;
        for (int i = 0; i < preds.Length; i++)
        {
            preds[i] = preds[i] with { Score = MathF.Exp(preds[i].Logit) }; //~ LG0003
            sum += preds[i].Score;
        }

        for (int i = 0; i < preds.Length; i++)
            preds[i] = preds[i] with { Score = preds[i].Score / sum };
    }
}
