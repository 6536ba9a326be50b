// Source: Unity-Technologies/barracuda-release Barracuda/Runtime/Core/Backends/BarracudaReferenceCPU.cs:2269 (Softmax)
// and :2326 (LogSoftmax) (re-created, not copied; Unity's Mathf replaced by MathF)
// Layout: softmax along any axis of a flat tensor: the shape folds into height (the axes before), reducedDim (the
// axis) and width (the axes after); element (y, r, x) is at y · width · reducedDim + r · width + x, so the softmax
// axis is the middle stride. For each (y, x): max over r, sum of exp(v − max) over r, then exp(v − max) / sum (or
// (v − max) − log(sum) for the log-softmax). Correct: max and sum run over exactly the softmax axis and are reset for
// every (y, x).
// Label: correct (nothing to report). Silent in the scan (scan39; there Mathf did not bind, so nothing was read as an
// exp), and silent here with MathF: kept as a precision regression for a strided middle axis.
using System;

namespace Recreations.Scan39.Barracuda_AxisSoftmaxOverMiddleStride;

public static class ReferenceCpu
{
    public static float[] Softmax(float[] input, int height, int reducedDim, int width)
    {
        var output = new float[input.Length];
        for (int y = 0; y < height; ++y)
        {
            for (int x = 0; x < width; ++x)
            {
                float maxV = float.NegativeInfinity;
                for (int r = 0; r < reducedDim; ++r)
                {
                    float v = input[y * width * reducedDim + r * width + x];
                    if (v > maxV)
                    {
                        maxV = v;
                    }
                }

                float sum = 0.0f;
                for (int r = 0; r < reducedDim; ++r)
                {
                    float v = input[y * width * reducedDim + r * width + x];
                    sum += MathF.Exp(v - maxV);
                }

                for (int r = 0; r < reducedDim; ++r)
                {
                    float v = input[y * width * reducedDim + r * width + x];
                    output[y * width * reducedDim + r * width + x] = MathF.Exp(v - maxV) / sum;
                }
            }
        }

        return output;
    }

    public static float[] LogSoftmax(float[] input, int height, int reducedDim, int width)
    {
        var output = new float[input.Length];
        for (int y = 0; y < height; ++y)
        {
            for (int x = 0; x < width; ++x)
            {
                float maxV = float.NegativeInfinity;
                for (int r = 0; r < reducedDim; ++r)
                {
                    float v = input[y * width * reducedDim + r * width + x];
                    if (v > maxV)
                    {
                        maxV = v;
                    }
                }

                float sum = 0.0f;
                for (int r = 0; r < reducedDim; ++r)
                {
                    float v = input[y * width * reducedDim + r * width + x];
                    sum += MathF.Exp(v - maxV);
                }

                for (int r = 0; r < reducedDim; ++r)
                {
                    float v = input[y * width * reducedDim + r * width + x];
                    output[y * width * reducedDim + r * width + x] = (v - maxV) - MathF.Log(sum);
                }
            }
        }

        return output;
    }
}
