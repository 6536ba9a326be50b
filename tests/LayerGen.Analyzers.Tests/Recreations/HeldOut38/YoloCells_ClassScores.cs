// Idiom: YOLOv2-style region layer: per grid cell, per box: x, y, w, h, objectness, then class scores; softmax over the classes of each box
// Layout: flat float[] [gridH * gridW * boxes * (5 + classes)], box entry at ((cy * gridW + cx) * boxes + b) * (5 + classes)
// Correct
using System;

namespace HeldOut38.YoloCells_ClassScores;

public sealed class RegionLayer
{
    private readonly int _boxes;
    private readonly int _classes;

    public RegionLayer(int boxes, int classes)
    {
        _boxes = boxes;
        _classes = classes;
    }

    private static float Sigmoid(float v) => 1f / (1f + MathF.Exp(-v));

    public float[] Decode(float[] output, int gridH, int gridW)
    {
        int entry = 5 + _classes;
        var result = (float[])output.Clone();
        for (int cy = 0; cy < gridH; cy++)
        {
            for (int cx = 0; cx < gridW; cx++)
            {
                for (int b = 0; b < _boxes; b++)
                {
                    int offset = ((cy * gridW + cx) * _boxes + b) * entry;
                    result[offset + 4] = Sigmoid(output[offset + 4]);

                    int cls = offset + 5;
                    float largest = float.MinValue;
                    for (int k = 0; k < _classes; k++)
                        if (output[cls + k] > largest) largest = output[cls + k];

                    float sum = 0f;
                    for (int k = 0; k < _classes; k++)
                    {
                        float e = MathF.Exp(output[cls + k] - largest);
                        sum += e;
                        result[cls + k] = e;
                    }

                    for (int k = 0; k < _classes; k++)
                        result[cls + k] /= sum;
                }
            }
        }

        return result;
    }
}
