"""Generation spread over Dask workers (`pip install 'seeder[dask]'`): `seed export --dask`."""
