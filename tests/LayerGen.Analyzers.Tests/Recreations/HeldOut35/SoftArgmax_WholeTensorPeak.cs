// Idiom: soft-argmax keypoint localisation with one peak for the whole heatmap tensor ("so all channels share one temperature")
// Layout: float[channel, row, col] three-dimensional array, triple loops
// Bug (LG0001): the peak is taken over every channel; a keypoint channel far below the strongest one underflows to 0/0
using System;

namespace HeldOut35.SoftArgmax_WholeTensorPeak
{
    public static class HeatmapDecoder
    {
        public static float[,] Decode(float[,,] heat, float beta, float[,,] prob)
        {
            int C = heat.GetLength(0), H = heat.GetLength(1), W = heat.GetLength(2);
            float peak = float.MinValue;
            for (int c = 0; c < C; c++)
                for (int y = 0; y < H; y++)
                    for (int x = 0; x < W; x++)
                        peak = MathF.Max(peak, heat[c, y, x]); //~ LG0001

            var coords = new float[C, 2];
            for (int c = 0; c < C; c++)
            {
                float z = 0f;
                for (int y = 0; y < H; y++)
                    for (int x = 0; x < W; x++)
                    {
                        prob[c, y, x] = MathF.Exp(beta * (heat[c, y, x] - peak));
                        z += prob[c, y, x];
                    }

                float sx = 0f, sy = 0f;
                for (int y = 0; y < H; y++)
                    for (int x = 0; x < W; x++)
                    {
                        prob[c, y, x] /= z;
                        sx += prob[c, y, x] * x;
                        sy += prob[c, y, x] * y;
                    }

                coords[c, 0] = sx;
                coords[c, 1] = sy;
            }

            return coords;
        }
    }
}
