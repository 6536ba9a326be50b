// Pattern seen in several Unity terrain generators (e.g. a MathUtilities.Normalize(this float[,] map) helper found
// by code search for ".Cast<float>().Max();"; re-created). The global min/max of a 2D map is the intended
// normalisation, not a softmax: the max is never an exp argument, so no diagnostic.
using System;
using System.Linq;

namespace Corpus.Terrain
{
    public static class MathUtilities
    {
        public static float[,] Normalize(this float[,] map)
        {
            float min = map.Cast<float>().Min();
            float max = map.Cast<float>().Max();
            for (int y = 0; y < map.GetLength(1); y++)
            {
                for (int x = 0; x < map.GetLength(0); x++)
                {
                    map[x, y] = (map[x, y] - min) / (max - min);
                }
            }

            return map;
        }

        public static float[,] Glow(this float[,] map)
        {
            float max = map.Cast<float>().Max();
            var result = new float[map.GetLength(0), map.GetLength(1)];
            for (int y = 0; y < map.GetLength(1); y++)
                for (int x = 0; x < map.GetLength(0); x++)
                    result[x, y] = MathF.Exp(max) * map[x, y];
            return result;
        }
    }
}
