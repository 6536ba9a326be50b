// Idiom: flocking neighbour attention with a peak per neighbour slot (slot j = j-th nearest neighbour) kept in a field.
// Use: boid steering in FixedUpdate; each boid's distribution runs over its own k neighbours.
// Layout: jagged float[][] affinity [boid][slot], float[] _slotPeak field; foreach over the boids for the peak.
// Label: LG0004 — the peak of slot j runs over all boids while each sum runs over one boid's slots. Our own code.
using System;

namespace HeldOut57.Flocking_NeighbourSlotPeaks
{
    public sealed class FlockAttention
    {
        private float[] _slotPeak = Array.Empty<float>();

        public void FixedUpdate(float[][] affinity, float[][] weights)
        {
            int k = affinity[0].Length;
            if (_slotPeak.Length != k) _slotPeak = new float[k];
            Array.Fill(_slotPeak, float.NegativeInfinity);
            foreach (float[] boid in affinity)
                for (int j = 0; j < k; j++)
                    _slotPeak[j] = MathF.Max(_slotPeak[j], boid[j]); //~ LG0004

            for (int b = 0; b < affinity.Length; b++)
            {
                float sum = 0f;
                for (int j = 0; j < k; j++)
                {
                    weights[b][j] = MathF.Exp(affinity[b][j] - _slotPeak[j]);
                    sum += weights[b][j];
                }

                for (int j = 0; j < k; j++)
                    weights[b][j] /= sum;
            }
        }
    }
}
