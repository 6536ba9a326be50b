// Idiom: flocking neighbour attention — each boid weights its k nearest neighbours by affinity (softmax), buffers are
// component fields sized once. Use: boid steering in FixedUpdate.
// Layout: flat float[] Affinity [boids * k] with stride K, a float[] _rowPeak field filled in a first pass, then exps.
// Label: Correct (peak per boid stored in a per-boid array). Our own code.
using System;

namespace HeldOut57.Flocking_FieldBuffers
{
    public sealed class FlockComponent
    {
        public int Boids;
        public int K;
        public float[] Affinity;
        public float[] Weights;
        private readonly float[] _rowPeak;

        public FlockComponent(int boids, int k)
        {
            Boids = boids;
            K = k;
            Affinity = new float[boids * k];
            Weights = new float[boids * k];
            _rowPeak = new float[boids];
        }

        public void FixedUpdate()
        {
            for (int b = 0; b < Boids; b++)
            {
                _rowPeak[b] = float.NegativeInfinity;
                for (int j = 0; j < K; j++)
                    _rowPeak[b] = MathF.Max(_rowPeak[b], Affinity[b * K + j]);
            }

            for (int b = 0; b < Boids; b++)
            {
                float sum = 0f;
                for (int j = 0; j < K; j++)
                {
                    Weights[b * K + j] = MathF.Exp(Affinity[b * K + j] - _rowPeak[b]);
                    sum += Weights[b * K + j];
                }

                for (int j = 0; j < K; j++)
                    Weights[b * K + j] /= sum;
            }
        }
    }
}
