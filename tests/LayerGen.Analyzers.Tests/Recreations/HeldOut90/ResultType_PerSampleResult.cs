// Idiom: Result<T> return type (success value or error string) instead of exceptions; early failure returns.
// Use: application-layer softmax returning a Result to its caller.
// Layout: float[batch, classes] (2D, row-major) in, float[batch, classes] out.
// Correct.
// Our own code.
using System;

namespace HeldOut90.ResultType_PerSampleResult;

public readonly record struct Result<T>(T? Value, string? Error)
{
    public bool IsSuccess => Error is null;

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(string error) => new(default, error);
}

public static class ResultSoftmax
{
    public static Result<float[,]> Compute(float[,]? logits)
    {
        if (logits is null)
        {
            return Result<float[,]>.Failure("logits is null");
        }

        int batch = logits.GetLength(0);
        int classes = logits.GetLength(1);
        if (classes == 0)
        {
            return Result<float[,]>.Failure("no classes");
        }

        var probs = new float[batch, classes];
        for (int b = 0; b < batch; b++)
        {
            float rowMax = float.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                rowMax = Math.Max(rowMax, logits[b, c]);
            }

            if (float.IsNaN(rowMax))
            {
                return Result<float[,]>.Failure($"row {b} contains NaN");
            }

            float partition = 0f;
            for (int c = 0; c < classes; c++)
            {
                probs[b, c] = MathF.Exp(logits[b, c] - rowMax);
                partition += probs[b, c];
            }

            for (int c = 0; c < classes; c++)
            {
                probs[b, c] /= partition;
            }
        }

        return Result<float[,]>.Success(probs);
    }
}
