using System;
using System.IO;
using System.Text;
using SpecSdk.Build;

// One argument: the request file the task wrote. One line out: the summary (exit code 0) or the problem that stopped it (exit code 1).
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: SpecSdk.Build.Worker REQUEST-FILE (started by the SpecSdk package's WriteSpecCatalog task)");
    return 2;
}

Console.OutputEncoding = new UTF8Encoding(false);
var problem = CatalogBuild.Run(CatalogRequest.FromText(File.ReadAllText(args[0])), out var summary);
Console.Out.WriteLine(problem is null ? summary : problem.ToLine());
return problem is null ? 0 : 1;
