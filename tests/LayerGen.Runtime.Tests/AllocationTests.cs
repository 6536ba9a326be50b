using static LayerGen.Runtime.Tests.TestData;

namespace LayerGen.Runtime.Tests;

public class AllocationTests
{
    [Fact]
    public void Kernels_do_not_allocate()
    {
        const int rows = 33, cols = 37;
        float[] x = Floats(rows * cols, seed: 1);
        float[] y = new float[x.Length], dx = new float[x.Length], w = Floats(cols * 19, seed: 2), b = new float[19];
        float[] h = new float[rows * 19], dw = new float[w.Length], db = new float[19], losses = new float[rows];
        int[] labels = Enumerable.Range(0, rows).Select(i => i % cols).ToArray();
        int[] classes = new int[rows];
        float[] moment1 = new float[x.Length], moment2 = new float[x.Length];
        var options = new CrossEntropyOptions { LabelSmoothing = 0.1, ClassWeights = Enumerable.Repeat(1.0, cols).ToArray(), Reduction = CrossEntropyReduction.None };

        void RunAll()
        {
            Softmax.Forward(x, y, cols);
            Softmax.Backward(y, x, dx, cols);
            LogSoftmax.Forward(x, y, cols);
            LogSoftmax.Backward(y, x, dx, cols);
            CrossEntropy.FromLogits(x, labels, dx, cols);
            CrossEntropy.FromLogits(x, labels, dx, losses, cols, options);
            CrossEntropy.FromLogits(x, y, dx, cols);
            Activations.Relu(x, y);
            Activations.ReluBackward(y, x, dx);
            Activations.Sigmoid(x, y);
            Activations.SigmoidBackward(y, x, dx);
            Activations.Tanh(x, y);
            Activations.TanhBackward(y, x, dx);
            Affine.Forward(x, w, b, h, cols, 19);
            Affine.Backward(x, w, h, dx, dw, db, cols, 19);
            Rows.ArgMax(x, cols, classes);
            Optimizers.Adam(y, x, moment1, moment2, 0.001f, 0.9f, 0.999f, 1e-8f, step: 3);
            Optimizers.Sgd(y, x, moment1, 0.01f, 0.9f);
            Optimizers.Sgd(y, x, default, 0.01f, 0f);
        }

        for (int i = 0; i < 3; i++)
        {
            RunAll(); // JIT, type loading and static initialisation allocate on first use
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        RunAll();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Cross_entropy_does_not_allocate_after_a_full_collection()
    {
        // Enum.IsDefined kept a per-type cache that a full collection frees; the next call rebuilt it (248 bytes).
        float[] logits = Floats(4 * 10, seed: 3), gradient = new float[logits.Length];
        int[] labels = [0, 3, 9, 5];
        CrossEntropy.FromLogits(logits, labels, gradient, 10);
        long allocated = 0;
        for (int i = 0; i < 3; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(2, GCCollectionMode.Forced, blocking: true);
            long before = GC.GetAllocatedBytesForCurrentThread();
            CrossEntropy.FromLogits(logits, labels, gradient, 10);
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.Equal(0, allocated);
    }
}
