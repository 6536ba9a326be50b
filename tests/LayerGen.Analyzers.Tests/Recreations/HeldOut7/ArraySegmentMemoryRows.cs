// Source: batched inference helpers in C# that hand out rows as ArraySegment<float> / Memory<float> views of one
// pooled output buffer (ML.NET VBuffer-like and ONNX Runtime OrtValue consumers), softmax per view.
// Layout: float[] flat [rows, cols] seen through ArraySegment rows; results written through Memory<float>.
// Correct.
using System;
using System.Collections.Generic;

namespace HeldOut7.ArraySegmentMemoryRows
{
    public static class SegmentSoftmax
    {
        public static void Rows(float[] buffer, int cols, float[] output)
        {
            var rows = new List<ArraySegment<float>>();
            for (int start = 0; start < buffer.Length; start += cols)
            {
                rows.Add(new ArraySegment<float>(buffer, start, cols));
            }

            for (int r = 0; r < rows.Count; r++)
            {
                One(rows[r], output.AsMemory(r * cols, cols));
            }
        }

        private static void One(ArraySegment<float> logits, Memory<float> probs)
        {
            Span<float> p = probs.Span;
            float top = float.NegativeInfinity;
            foreach (float v in logits)
            {
                top = MathF.Max(top, v);
            }

            float s = 0f;
            for (int i = 0; i < logits.Count; i++)
            {
                p[i] = MathF.Exp(logits[i] - top);
                s += p[i];
            }

            for (int i = 0; i < p.Length; i++)
            {
                p[i] /= s;
            }
        }
    }
}
