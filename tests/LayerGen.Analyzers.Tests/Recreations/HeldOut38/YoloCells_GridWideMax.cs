// Idiom: YOLOv2-style region layer, class softmax per box, with the maximum taken once over the whole grid's class scores
// Layout: float[gridH, gridW, boxes * (5 + classes)] (one channel vector per cell), class scores after 5 box values
// Bug (LG0001): the max runs over the class scores of every box of every cell, the sum per box
using System;

namespace HeldOut38.YoloCells_GridWideMax;

public static class YoloDecoder
{
    public static float[,,] ClassProbabilities(float[,,] grid, int boxes, int classes)
    {
        int gh = grid.GetLength(0), gw = grid.GetLength(1);
        int stride = 5 + classes;
        var probs = new float[gh, gw, boxes * stride];

        float gridMax = float.NegativeInfinity;
        for (int cy = 0; cy < gh; cy++)
            for (int cx = 0; cx < gw; cx++)
                for (int b = 0; b < boxes; b++)
                    for (int k = 0; k < classes; k++)
                        if (grid[cy, cx, b * stride + 5 + k] > gridMax) gridMax = grid[cy, cx, b * stride + 5 + k]; //~ LG0001

        for (int cy = 0; cy < gh; cy++)
        {
            for (int cx = 0; cx < gw; cx++)
            {
                for (int b = 0; b < boxes; b++)
                {
                    int o = b * stride + 5;
                    float sum = 0f;
                    for (int k = 0; k < classes; k++)
                    {
                        probs[cy, cx, o + k] = MathF.Exp(grid[cy, cx, o + k] - gridMax);
                        sum += probs[cy, cx, o + k];
                    }

                    for (int k = 0; k < classes; k++)
                        probs[cy, cx, o + k] /= sum;
                }
            }
        }

        return probs;
    }
}
