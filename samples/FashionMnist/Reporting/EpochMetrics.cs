namespace FashionMnist.Reporting;

/// <summary>What one epoch measured.</summary>
/// <param name="Epoch">1-based epoch number.</param>
/// <param name="TrainLoss">Mean mini-batch loss over the epoch.</param>
/// <param name="TrainAccuracy">Accuracy on the training set after the epoch.</param>
/// <param name="TestLoss">Mean loss on the test set after the epoch.</param>
/// <param name="TestAccuracy">Accuracy on the test set after the epoch.</param>
/// <param name="Seconds">Wall-clock time of the training pass (forward, backward, step), without evaluation.</param>
/// <param name="CpuSeconds">Processor time of the whole process over the same pass (all threads).</param>
internal sealed record EpochMetrics(int Epoch, double TrainLoss, double TrainAccuracy, double TestLoss, double TestAccuracy, double Seconds, double CpuSeconds);
